"""Reference values for UncertaintyTests.swift and RareEventSPCTests.swift.

Run once with SciPy and statsmodels (`pip install scipy statsmodels`; mpmath comes with
them); the printed values are copied into the Swift tests, each with a comment naming the
call that gave it. Recorded with Python 3.11.7, SciPy 1.17.1, statsmodels 0.15.0, mpmath 1.3.

Where SciPy itself is not accurate to 1e-10 the value is taken from mpmath at 40 digits,
and the script prints both:
- `stats.poisson.pmf` and `stats.hypergeom.pmf` at a million events use exp(log-gamma
  differences), which loses about 1e-9 relative;
- `binomtest(...).proportion_ci(method='exact')` finds its limits with `brentq` at the default
  absolute tolerance 2e-12, too coarse for a proportion near 1e-9; the Clopper-Pearson limits
  are therefore taken from their definition, `stats.beta.ppf(alpha/2, k, n - k + 1)` and
  `stats.beta.ppf(1 - alpha/2, k + 1, n - k)`.

    python3 Tests/AssureAnalysisTests/Fixtures/uncertainty_reference.py [--survey-search]

`--survey-search` repeats the search (about three minutes) that found the survey counts.
"""
import sys
from math import floor, sqrt

import mpmath as mp
import numpy as np
import scipy
import statsmodels
from scipy import special, stats
from statsmodels.stats.proportion import confint_proportions_2indep


def show(label, value):
    print(f"{label} = {float(value)!r}")


print("# scipy", scipy.__version__, "statsmodels", statsmodels.__version__, "mpmath", mp.__version__)

print("\n## Normal distribution")
for x in [-40.0, -10.0, -3.0, -1.959963984540054, -0.5, 0.0, 1.0, 3.0, 8.0]:
    show(f"stats.norm.cdf({x})", stats.norm.cdf(x))
for p in [1e-300, 1e-10, 0.00135, 0.025, 0.3, 0.5, 0.975, 0.999, 1 - 1e-12]:
    show(f"stats.norm.ppf({p})", stats.norm.ppf(p))
show("stats.norm.ppf(0.975)", stats.norm.ppf(0.975))
show("stats.norm.ppf(0.999)", stats.norm.ppf(0.999))
show("stats.norm.cdf(-3)", stats.norm.cdf(-3))

print("\n## Incomplete beta and gamma")
for a, b, x in [(0.5, 0.5, 0.3), (2, 3, 0.4), (5, 10, 0.9), (100, 200, 0.3), (1e5, 1e5, 0.501), (1e6, 2e6, 0.333)]:
    show(f"special.betainc({a}, {b}, {x})", special.betainc(a, b, x))
    show(f"special.betaincc({a}, {b}, {x})", special.betaincc(a, b, x))
for a, x in [(0.5, 0.1), (1, 1), (3, 10), (10, 3), (100, 90), (1e6, 1e6 + 2000)]:
    show(f"special.gammainc({a}, {x})", special.gammainc(a, x))
    show(f"special.gammaincc({a}, {x})", special.gammaincc(a, x))

print("\n## Binomial, Poisson, hypergeometric")
for k, n, p in [(5, 14, 0.5), (0, 10, 0.3), (3, 5, 0.4), (490_000, 1_000_000, 0.5), (10, 1000, 0.001)]:
    show(f"stats.binom.pmf({k}, {n}, {p})", stats.binom.pmf(k, n, p))
    show(f"stats.binom.cdf({k}, {n}, {p})", stats.binom.cdf(k, n, p))
    show(f"stats.binom.sf({k}, {n}, {p})", stats.binom.sf(k, n, p))
for k, mu in [(0, 1.5), (6, 1.5), (7, 1.5), (20, 3.0), (999_000, 1_000_000.0)]:
    show(f"stats.poisson.pmf({k}, {mu})", stats.poisson.pmf(k, mu))
    show(f"stats.poisson.cdf({k}, {mu})", stats.poisson.cdf(k, mu))
    show(f"stats.poisson.sf({k}, {mu})", stats.poisson.sf(k, mu))
for k, M, n, N in [(243, 462, 243, 460), (5, 20, 7, 12), (500, 2_000_000, 1_000_000, 1000)]:
    show(f"stats.hypergeom.pmf({k}, {M}, {n}, {N})", stats.hypergeom.pmf(k, M, n, N))

mp.mp.dps = 40


def mp_binomial(n, k):
    return mp.e ** (mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1))


show("mpmath (40 digits): poisson pmf(999000, 1e6) = exp(k ln mu - mu - lgamma(k + 1))",
     mp.e ** (999_000 * mp.log(10 ** 6) - 10 ** 6 - mp.loggamma(999_001)))
show("mpmath (40 digits): hypergeom pmf(500, 2e6, 1e6, 1000) = C(1e6, 500)^2 / C(2e6, 1000)",
     mp_binomial(10 ** 6, 500) ** 2 / mp_binomial(2 * 10 ** 6, 1000))

print("\n## Quantiles (for the exact intervals)")
for q, a, b in [(0.025, 1, 10), (0.975, 4, 2), (0.001, 1, 1_000_000), (0.999, 5e5, 5e5)]:
    show(f"stats.beta.ppf({q}, {a}, {b})", stats.beta.ppf(q, a, b))
for q, df in [(0.025, 10), (0.975, 12), (0.001, 2), (0.999, 2_000_002)]:
    show(f"stats.chi2.ppf({q}, {df})", stats.chi2.ppf(q, df))

print("\n## Proportion intervals")
for k, n in [(3, 5), (0, 10), (10, 10), (173, 389), (1, 1_000_000), (500_000, 1_000_000)]:
    for level in [0.95, 0.998]:
        a = 1 - level
        w = stats.binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
        e = stats.binomtest(k, n).proportion_ci(confidence_level=level, method="exact")
        show(f"binomtest({k}, {n}).proportion_ci({level}, 'wilson').low", w.low)
        show(f"binomtest({k}, {n}).proportion_ci({level}, 'wilson').high", w.high)
        low = 0.0 if k == 0 else stats.beta.ppf(a / 2, k, n - k + 1)
        high = 1.0 if k == n else stats.beta.ppf(1 - a / 2, k + 1, n - k)
        show(f"Clopper-Pearson {k}/{n} at {level}: stats.beta.ppf({a / 2:.4f}, {k}, {n - k + 1})", low)
        show(f"Clopper-Pearson {k}/{n} at {level}: stats.beta.ppf({1 - a / 2:.4f}, {k + 1}, {n - k})", high)
        show(f"  (binomtest({k}, {n}).proportion_ci({level}, 'exact').low, for comparison)", e.low)
        show(f"  (binomtest({k}, {n}).proportion_ci({level}, 'exact').high, for comparison)", e.high)
    if k == 1 and n == 1_000_000:
        for level in [0.95, 0.998]:
            a = mp.mpf(1 - level) / 2
            # P(X >= 1) = 1 - (1 - p)^n = a;  P(X <= 1) = (1 - p)^n + n p (1 - p)^(n - 1) = a.
            low = -mp.expm1(mp.log1p(-a) / n)
            high = mp.findroot(lambda p: (1 - p) ** n + n * p * (1 - p) ** (n - 1) - a,
                               (mp.mpf("1e-6"), mp.mpf("2e-5")), solver="illinois")
            show(f"mpmath (40 digits): Clopper-Pearson 1/1e6 at {level} lower", low)
            show(f"mpmath (40 digits): Clopper-Pearson 1/1e6 at {level} upper", high)

print("\n## Newcombe's hybrid score interval for p1 - p2")
for k1, n1, k2, n2 in [(173, 389, 192, 400), (243, 243, 217, 219), (0, 10, 3, 12), (56, 70, 48, 80)]:
    for level in [0.95, 0.998]:
        low, high = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb", compare="diff", alpha=1 - level)
        show(f"confint_proportions_2indep({k1}, {n1}, {k2}, {n2}, method='newcomb', alpha={1 - level:.3f})[0]", low)
        show(f"confint_proportions_2indep({k1}, {n1}, {k2}, {n2}, method='newcomb', alpha={1 - level:.3f})[1]", high)

print("\n## Count intervals")


def byar(o, level):
    z = stats.norm.ppf(1 - (1 - level) / 2)
    lower = 0.0 if o == 0 else o * (1 - 1 / (9 * o) - z / (3 * sqrt(o))) ** 3
    upper = (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * sqrt(o + 1))) ** 3
    return lower, upper


for o in [0, 1, 5, 9, 10, 43, 49, 1_000_000]:
    for level in [0.95, 0.998]:
        a = 1 - level
        lower, upper = byar(o, level)
        show(f"Byar by hand: {o} at {level} lower", lower)
        show(f"Byar by hand: {o} at {level} upper", upper)
        g_low = 0.0 if o == 0 else stats.chi2.ppf(a / 2, 2 * o) / 2
        g_high = stats.chi2.ppf(1 - a / 2, 2 * o + 2) / 2
        show(f"stats.chi2.ppf({a / 2:.4f}, {2 * o}) / 2", g_low)
        show(f"stats.chi2.ppf({1 - a / 2:.4f}, {2 * o + 2}) / 2", g_high)

print("\n## A billion: the largest count the exact methods take")
n = 10 ** 9
show(f"stats.beta.ppf(0.025, {n // 3}, {n - n // 3 + 1})", stats.beta.ppf(0.025, n // 3, n - n // 3 + 1))
show(f"stats.beta.ppf(0.975, {n // 3 + 1}, {n - n // 3})", stats.beta.ppf(0.975, n // 3 + 1, n - n // 3))
show(f"stats.chi2.ppf(0.025, {2 * n}) / 2", stats.chi2.ppf(0.025, 2 * n) / 2)
show(f"stats.chi2.ppf(0.975, {2 * n + 2}) / 2", stats.chi2.ppf(0.975, 2 * n + 2) / 2)
show(f"binomtest({n // 2 + 50_000}, {n}, 0.5).pvalue", stats.binomtest(n // 2 + 50_000, n, 0.5).pvalue)

print("\n## Two counts: conditional binomial test")
for x1, t1, x2, t2 in [(5, 1, 9, 1), (49, 1, 43, 1), (12, 3, 2, 1), (0, 1, 4, 1), (7, 1, 0, 1), (0, 1, 0, 1),
                       (10, 1, 10, 1), (500_800, 1, 499_200, 1), (30, 12, 9, 6)]:
    if x1 + x2 == 0:
        print("binomtest(0, 0): not defined in SciPy (n must be >= 1); Assure answers p = 1")
        continue
    show(f"binomtest({x1}, {x1 + x2}, {t1}/{t1 + t2}).pvalue", stats.binomtest(x1, x1 + x2, t1 / (t1 + t2)).pvalue)

print("\n## Two proportions")
for k1, n1, k2, n2 in [(173, 389, 192, 400), (243, 243, 217, 219), (238, 243, 213, 219), (243, 243, 241, 243),
                       (3, 5, 1, 6), (0, 10, 0, 12), (10, 10, 0, 10), (1, 20, 8, 25), (30, 40, 18, 35),
                       (500_000, 1_000_000, 501_000, 1_000_000), (3, 1_000_000, 12, 1_000_000)]:
    table = np.array([[k1, n1 - k1], [k2, n2 - k2]])
    show(f"fisher_exact([[{k1}, {n1 - k1}], [{k2}, {n2 - k2}]]).pvalue", stats.fisher_exact(table).pvalue)
    if (table.sum(axis=0) > 0).all():
        show(f"chi2_contingency([[{k1}, {n1 - k1}], [{k2}, {n2 - k2}]], correction=False).pvalue",
             stats.chi2_contingency(table, correction=False).pvalue)
        expected = stats.contingency.expected_freq(table)
        show(f"  smallest expected cell of [[{k1}, {n1 - k1}], [{k2}, {n2 - k2}]]", expected.min())

print("\n## Survey: which counts and test give p = 0.22 (100% vs 99%) and 0.76 (98% vs 97%)?")
print("Search of n1, n2 in 180..319, percentages rounded half up, tests: chi-square (no correction),")
print("Yates, Fisher (--survey-search repeats it). The nearest pairs of survey sizes that reproduce")
print("both figures are 243 and 219 (or 244 and 220, ...), all by Fisher's test; for this pair")
print("neither chi-square nor Yates gives the figures:")
for k1, n1, k2, n2 in [(243, 243, 217, 219), (238, 243, 213, 219)]:
    table = np.array([[k1, n1 - k1], [k2, n2 - k2]])
    print(f"  {k1}/{n1} = {100 * k1 / n1:.1f}% vs {k2}/{n2} = {100 * k2 / n2:.1f}%: "
          f"Fisher {stats.fisher_exact(table).pvalue:.4f}, "
          f"chi-square {stats.chi2_contingency(table, correction=False).pvalue:.4f}, "
          f"Yates {stats.chi2_contingency(table, correction=True).pvalue:.4f}, "
          f"smallest expected {stats.contingency.expected_freq(table).min():.2f}")


def survey_search():
    """The search behind the survey figures (about three minutes)."""
    def pct(a, n):
        return int(floor(100 * a / n + 0.5))

    def chi(a, n1, b, n2):
        t = np.array([[a, n1 - a], [b, n2 - b]])
        return stats.chi2_contingency(t, correction=False).pvalue if 0 < a + b < n1 + n2 else 1.0

    def yates(a, n1, b, n2):
        t = np.array([[a, n1 - a], [b, n2 - b]])
        return stats.chi2_contingency(t, correction=True).pvalue if 0 < a + b < n1 + n2 else 1.0

    def fisher(a, n1, b, n2):
        return stats.fisher_exact([[a, n1 - a], [b, n2 - b]]).pvalue

    def cands(n1, n2, p1, p2):
        return [(a, b) for a in range(int(n1 * (p1 - 0.5) / 100), n1 + 1) if pct(a, n1) == p1
                for b in range(int(n2 * (p2 - 0.5) / 100), n2 + 1) if pct(b, n2) == p2]

    found = []
    for n1 in range(180, 320):
        for n2 in range(180, 320):
            first, second = cands(n1, n2, 100, 99), cands(n1, n2, 98, 97)
            for name, test in (("chi-square", chi), ("Yates", yates), ("Fisher", fisher)):
                a = [(x, y) for x, y in first if 0.215 <= test(x, n1, y, n2) < 0.225]
                b = [(x, y) for x, y in second if 0.755 <= test(x, n1, y, n2) < 0.765] if a else []
                if a and b:
                    found.append((abs(n1 - 243) + abs(n2 - 243), n1, n2, name, a, b))
    for row in sorted(found)[:10]:
        print("  ", row)


if "--survey-search" in sys.argv:
    survey_search()

print("\n## Poisson probability limits at Phi(-3) each tail")
alpha = stats.norm.cdf(-3)
show("mpmath (40 digits): ncdf(-3)", mp.ncdf(-3))
for mu in [0.02, 0.125, 0.5, 1.0, 1.5, 2.0, 3.0, 6.0, 7.0, 10.0, 25.0, 100.0]:
    upper = int(next(u for u in range(0, 10_000) if stats.poisson.sf(u, mu) <= alpha))
    lows = [l for l in range(1, 10_000) if stats.poisson.cdf(l - 1, mu) <= alpha]
    lower = max(lows) if lows else None
    print(f"mean {mu}: upper limit {upper} (poisson.sf({upper}, {mu}) = {stats.poisson.sf(upper, mu)!r}), "
          f"lower limit {lower}, poisson.pmf(0, {mu}) = {stats.poisson.pmf(0, mu)!r}")
for mu in [1_000_000.0, 999_750_000.0]:
    upper = stats.poisson.isf(alpha, mu)  # smallest u with sf(u) <= alpha, checked below
    assert stats.poisson.sf(upper, mu) <= alpha < stats.poisson.sf(upper - 1, mu)
    lower = stats.poisson.ppf(alpha, mu)  # smallest m with cdf(m) >= alpha; the limit is the m below it, plus 1
    lower = lower if stats.poisson.cdf(lower, mu) <= alpha else lower - 1
    assert stats.poisson.cdf(lower, mu) <= alpha < stats.poisson.cdf(lower + 1, mu)
    print(f"mean {mu}: upper limit {int(upper)}, lower limit {int(lower) + 1}")
mu = 32 / 24
show("stats.poisson.sf(8, 32 / 24)  # P(X >= 9) at mean 4/3", stats.poisson.sf(8, mu))
show("upper limit at mean 32 / 24", next(u for u in range(100) if stats.poisson.sf(u, mu) <= alpha))
for counts in [[0, 0, 5, 1, 0, 7, 0, 0, 6, 0, 1, 0], [2, 1, 3, 2, 1, 2, 3, 2, 1, 2, 2, 3]]:
    c = np.array(counts, dtype=float)
    statistic = ((c - c.mean()) ** 2).sum() / c.mean()
    show(f"index of dispersion of {counts}: c.var(ddof=1) / c.mean()", c.var(ddof=1) / c.mean())
    show(f"  stats.chi2.sf({statistic!r}, {len(c) - 1})", stats.chi2.sf(statistic, len(c) - 1))
show("stats.poisson.sf(5, 1.5)  # P(X >= 6): the textbook c-chart's upper limit 1.5 + 3 sqrt(1.5) = 5.17", stats.poisson.sf(5, 1.5))
show("stats.poisson.sf(6, 1.5)  # P(X >= 7)", stats.poisson.sf(6, 1.5))
