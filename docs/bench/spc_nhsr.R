# NHSRplotthedots on the series of `assure-bench spc-speed --engine`, for docs/performance.md.
# Usage: Rscript docs/bench/spc_nhsr.R FILE [N]
#   FILE: the workload's CSV (indicator,period,value; monthly periods as 2014-04)
#   N:    judge only the first N series (default: all)
# Reading the file is not timed; what is timed is ptd_spc over every series, each as a facet
# of one call (the package's own way to chart many series), improvement "increase" for the
# even-numbered series and "decrease" for the odd ones, as the rules file says. Prints one
# line "seconds S series N flagged F": F is the number of series whose latest point is of
# special cause (any direction), to set beside assure's own count.
suppressPackageStartupMessages({
  library(NHSRplotthedots)
})
arguments <- commandArgs(trailingOnly = TRUE)
file <- arguments[1]
rows <- read.csv(file, colClasses = c("character", "character", "numeric"))
rows$date <- as.Date(paste0(rows$period, "-01"))
number <- as.integer(sub("^series_", "", rows$indicator))
wanted <- if (length(arguments) >= 2) as.integer(arguments[2]) else max(number) + 1
rows <- rows[number < wanted, ]
number <- number[number < wanted]
increase <- rows[number %% 2 == 0, c("indicator", "date", "value")]
decrease <- rows[number %% 2 == 1, c("indicator", "date", "value")]

start <- Sys.time()
charts <- list(
  ptd_spc(increase, value_field = value, date_field = date, facet_field = indicator,
          improvement_direction = "increase"),
  if (nrow(decrease) > 0) ptd_spc(decrease, value_field = value, date_field = date, facet_field = indicator,
                                  improvement_direction = "decrease")
)
seconds <- as.numeric(difftime(Sys.time(), start, units = "secs"))

flagged <- 0
for (chart in charts) {
  if (is.null(chart)) next
  frame <- as.data.frame(chart)
  latest <- frame[order(frame$f, frame$x), ]
  latest <- latest[!duplicated(latest$f, fromLast = TRUE), ]
  flagged <- flagged + sum(latest$point_type != "common_cause")
}
cat(sprintf("seconds %.3f series %d flagged %d\n", seconds, wanted, flagged))
