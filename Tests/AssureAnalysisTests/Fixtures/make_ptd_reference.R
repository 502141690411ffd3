# Writes ptd_reference.json: XmR charts computed by NHSRplotthedots 0.2.2 itself, for
# AssureAnalysisTests/PlotTheDotsAgreementTests.swift to compare with, number for number and
# point for point.
#
# How it was run (Debian bookworm, R 4.2.2 from Debian's r-base-core):
#   apt-get install r-base-core r-cran-assertthat r-cran-base64enc r-cran-crayon r-cran-dplyr \
#     r-cran-ggplot2 r-cran-magrittr r-cran-plotly r-cran-rlang r-cran-rsvg r-cran-scales \
#     r-cran-stringr r-cran-tidyselect r-cran-jsonlite
#   # Debian's dplyr is 1.0.10; NHSRplotthedots 0.2.2 needs dplyr >= 1.1.0 (pick, .default),
#   # so dplyr 1.1.0 was built from its source (git tag v1.1.0 of tidyverse/dplyr, commit
#   # b67769f92c32583ba7b5522f07fcd3790df39021) into a private library:
#   R CMD INSTALL -l /tmp/rlib dplyr-1.1.0/
#   # NHSRplotthedots unmodified, from git tag 0.2.2 (commit 050b07d7eacc011767532732f69b8fd7d6a28fd3):
#   R_LIBS=/tmp/rlib R CMD INSTALL -l /tmp/rlib NHSRplotthedots-0.2.2/
#   R_LIBS=/tmp/rlib Rscript make_ptd_reference.R > ptd_reference.json
#
# Series have no gaps: the package assumes none. Every number is written with 17 significant
# digits so it reads back as the same double.

suppressPackageStartupMessages({
  library(NHSRplotthedots)
  library(dplyr)
})
stopifnot(packageVersion("NHSRplotthedots") == "0.2.2")

set.seed(20261123)

num <- function(x) {
  ifelse(is.na(x) | is.nan(x), "null", sprintf("%.17g", x))
}
str <- function(x) paste0("\"", x, "\"")
arr <- function(x) paste0("[", paste(x, collapse = ","), "]")

# One series of n values: a level, noise, and perhaps a step, a trend or a spike.
make_series <- function(n) {
  noise <- sample(c("normal", "normal_rounded", "poisson", "poisson_small"), 1)
  level <- runif(1, 5, 100)
  sd <- runif(1, 0.5, 10)
  y <- switch(noise,
    normal = rnorm(n, level, sd),
    normal_rounded = round(rnorm(n, level, sd), sample(0:1, 1)),
    poisson = rpois(n, level),
    poisson_small = rpois(n, runif(1, 0.5, 4))
  )
  spread <- if (startsWith(noise, "poisson")) sqrt(max(mean(y), 1)) else sd
  pattern <- sample(c("none", "step", "trend", "spike", "step_trend"), 1)
  if (pattern %in% c("step", "step_trend")) {
    at <- sample(2:n, 1)
    y[at:n] <- y[at:n] + sample(c(-1, 1), 1) * runif(1, 1, 3) * spread
  }
  if (pattern %in% c("trend", "step_trend")) {
    from <- sample(1:(n - 6), 1)
    to <- min(n, from + sample(6:20, 1))
    y[from:to] <- y[from:to] + sample(c(-1, 1), 1) * runif(1, 0.3, 1) * spread * seq_len(to - from + 1)
  }
  if (pattern == "spike") {
    at <- sample(1:n, sample(1:2, 1))
    y[at] <- y[at] + sample(c(-1, 1), length(at), replace = TRUE) * runif(length(at), 3, 6) * spread
  }
  if (noise == "normal_rounded") y <- round(y, 1)
  if (startsWith(noise, "poisson")) y <- round(pmax(y, 0))
  list(values = y, noise = noise, pattern = pattern)
}

random_options <- function(n, values) {
  rebase <- integer(0)
  if (n >= 24 && runif(1) < 0.3) {
    rebase <- sort(sample(8:(n - 4), sample(1:2, 1)))
  }
  list(
    improvement = sample(c("increase", "decrease", "neutral"), 1),
    target = if (runif(1) < 0.6) round(mean(values) + rnorm(1, 0, 2 * sd(values) + 0.5), 2) else NA,
    fix_after = if (n > 12 && runif(1) < 0.3) sample(12:n, 1) else NA,
    rebase = rebase,
    screen = runif(1) < 0.7
  )
}

run_case <- function(id, values, opts, note) {
  n <- length(values)
  d <- data.frame(x = seq(as.Date("2020-01-01"), by = "month", length.out = n), y = values)
  rebase_dates <- if (length(opts$rebase) > 0) d$x[opts$rebase + 1] else NULL
  s <- suppressWarnings(ptd_spc(
    d,
    value_field = y, date_field = x,
    rebase = rebase_dates,
    fix_after_n_points = if (is.na(opts$fix_after)) NULL else opts$fix_after,
    improvement_direction = opts$improvement,
    target = if (is.na(opts$target)) ptd_target() else opts$target,
    screen_outliers = opts$screen
  ))
  assurance <- if (is.na(opts$target)) NA else
    NHSRplotthedots:::ptd_calculate_assurance_type(s)$assurance_type[[1]]
  s <- as.data.frame(s)
  paste0(
    "{\"id\":", id,
    ",\"note\":", str(note),
    ",\"values\":", arr(num(values)),
    ",\"improvement\":", str(opts$improvement),
    ",\"target\":", num(opts$target),
    ",\"fixAfterPoints\":", if (is.na(opts$fix_after)) "null" else opts$fix_after,
    ",\"rebaseAt\":", arr(opts$rebase),
    ",\"screenOutliers\":", if (opts$screen) "true" else "false",
    ",\"assurance\":", if (is.na(assurance)) "null" else str(assurance),
    ",\"group\":", arr(s$rebase_group),
    ",\"shortGroupWarning\":", arr(ifelse(s$short_group_warning, "true", "false")),
    ",\"mean\":", arr(num(s$mean_col)),
    ",\"lpl\":", arr(num(s$lpl)),
    ",\"upl\":", arr(num(s$upl)),
    ",\"relativeToMean\":", arr(s$relative_to_mean),
    ",\"outsideLimits\":", arr(ifelse(is.na(s$outside_limits), "null", ifelse(s$outside_limits, "true", "false"))),
    ",\"closeToLimits\":", arr(ifelse(is.na(s$close_to_limits), "null", ifelse(s$close_to_limits, "true", "false"))),
    ",\"specialCauseType\":", arr(str(s$special_cause_type)),
    ",\"pointType\":", arr(str(s$point_type)),
    "}"
  )
}

cases <- character(0)
add <- function(values, opts, note) {
  cases <<- c(cases, run_case(length(cases), values, opts, note))
}
plain <- function(improvement = "increase", target = NA, fix_after = NA, rebase = integer(0), screen = TRUE) {
  list(improvement = improvement, target = target, fix_after = fix_after, rebase = rebase, screen = screen)
}

# Hand-made edge cases first.
add(c(1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1), plain(), "two trends meeting at an equal pair")
add(c(20, 6, 20, 6, 10:16, 16:10), plain(screen = FALSE), "rising trend ending at an equal pair labelled decreasing")
add(c(1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1, 2), plain("neutral"), "rising then falling trend sharing a point")
add(c(5, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 5), plain("decrease", 5), "tiny spread: shifts outside limits")
add(c(20, 4, 12, 13, 14, 13, 14, 12, 13, 14, 13, 14, 13, 12, 20, 4), plain(), "shifts broken by points on the mean")
add(c(20, 4, 12, 13, 14, 13, 14, 13, 13, 14, 13, 14, 13, 12, 20, 4), plain("decrease"), "shift of seven above the mean")
add(rep(3, 15), plain("increase", 2), "constant series: every moving range screened, no limits")
add(rep(3, 15), plain("increase", 2, screen = FALSE), "constant series without screening: zero-width limits")
add(c(10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11, 9, 10), plain(), "one spike: screening changes the limits")
add(c(10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11, 9, 10), plain(screen = FALSE), "one spike, no screening")
add(c(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2), plain(), "exactly 12 points")
add(c(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1), plain(), "11 points")
add(c(5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), plain(rebase = 9L), "trend across a rebase")
add(c(3, 8, 5, 9, 4, 7, 6, 10, 2, 8, 5, 7, 9, 3), plain(rebase = 0L), "rebase at the first point changes nothing")
add(c(3, 8, 5, 9, 4, 7, 6, 10, 2, 8, 5, 7, 9, 3, 12, 14, 13, 15, 16, 14, 15, 17, 13, 14, 15, 16, 14, 18, 15, 16),
  plain("decrease", 10, fix_after = 12L, rebase = 14L), "fixed baseline within each group after a rebase")

for (k in seq_len(200)) {
  n <- sample(12:60, 1)
  s <- make_series(n)
  add(s$values, random_options(n, s$values), paste(s$noise, s$pattern))
}

# Forty more with a strictly monotone stretch of 5 to 12 points, so that trends meet the
# other rules (and each other) often.
for (k in seq_len(40)) {
  n <- sample(14:48, 1)
  s <- make_series(n)
  len <- sample(5:12, 1)
  from <- sample(1:(n - len + 1), 1)
  steps <- cumsum(runif(len, 0.2, 1.5)) * sample(c(-1, 1), 1) * sd(s$values)
  y <- s$values
  y[from:(from + len - 1)] <- round(y[from] + steps, 2)
  add(y, random_options(n, y), paste(s$noise, s$pattern, "with a monotone stretch"))
}

cat("{\"about\":", str(paste(
  "Expected XmR results computed by NHSRplotthedots 0.2.2 (unmodified, git tag 0.2.2) under",
  "R 4.2.2 with dplyr 1.1.0, by make_ptd_reference.R beside this file. Indices are 0-based;",
  "group is the package's rebase_group; null limits are the package's NaN."
)), ",\n\"cases\":[\n", paste(cases, collapse = ",\n"), "\n]}\n", sep = "")
