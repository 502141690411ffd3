#!/usr/bin/env python3
"""Independent check of the sample indicator data in Indicators/*.csv.

Reads the CSV files as a loader would (UTF-8 BOM, CRLF, blank lines, quoted
thousands, trailing spaces, "%", gaps "" / "-", suppression "c" / "[c]" / "*"),
without importing the generator, and checks every figure the data must reproduce
from the 2023/24 annual report summary (seeds/004), plus the layout promises in
Indicators/README.md.  Also re-runs the generator in a scratch folder and checks
the output is byte-identical.

    python3 Indicators/generate/check_sample.py      # exit 0 when every check holds
"""

import csv
import io
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
IND = os.path.normpath(os.path.join(HERE, ".."))

GAP = {"", "-"}
SUPPRESSED = {"c", "[c]", "*"}
failures = []
passes = []


def check(ok, what):
    (passes if ok else failures).append(what)
    print(("PASS  " if ok else "FAIL  ") + what)


def parse_value(text):
    """('value', float) | ('gap', None) | ('suppressed', None)"""
    t = text.strip()
    if t in GAP:
        return ("gap", None)
    if t in SUPPRESSED:
        return ("suppressed", None)
    t = t.replace(",", "")
    if t.endswith("%"):
        t = t[:-1]
    return ("value", float(t))


def read_rows(path):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8-sig")
    rows = [r for r in csv.reader(io.StringIO(text, newline=""))]
    rows = [r for r in rows if any(c.strip() for c in r)]     # blank lines
    header = [h.strip() for h in rows[0]]
    return header, rows[1:]


# series[name] = {period: (kind, value, numerator, denominator, area, file)}
series = {}
files = sorted(f for f in os.listdir(IND) if f.endswith(".csv"))
areas = set()
for f in files:
    header, rows = read_rows(os.path.join(IND, f))
    if "indicator" in header:                               # long layout
        col = {h: k for k, h in enumerate(header)}
        for r in rows:
            name, period = r[col["indicator"]].strip(), r[col["period"]].strip()
            kind, v = parse_value(r[col["value"]])
            num = r[col["numerator"]].strip() if "numerator" in col else ""
            den = r[col["denominator"]].strip() if "denominator" in col else ""
            if "area" in col:
                areas.add(r[col["area"]].strip())
            assert period not in series.setdefault(name, {}), (f, name, period)
            series[name][period] = (kind, v, num, den, f)
    else:                                                    # wide layout
        assert header[0] == "period", f
        for r in rows:
            period = r[0].strip()
            for name, cell in zip(header[1:], r[1:]):
                kind, v = parse_value(cell)
                assert period not in series.setdefault(name, {}), (f, name, period)
                series[name][period] = (kind, v, "", "", f)


def months(a, b):
    y, m = map(int, a.split("-"))
    out = []
    while "%04d-%02d" % (y, m) <= b:
        out.append("%04d-%02d" % (y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def values(name, periods):
    s = series[name]
    return [s[p][1] for p in periods]


def clean(name, periods):
    s = series[name]
    return all(p in s and s[p][0] == "value" for p in periods)


FY22, FY23 = months("2022-04", "2023-03"), months("2023-04", "2024-03")
ALL = months("2019-04", "2024-03")

# ---------------------------------------------------------------------------
print("== layout")
names = sorted(series)
check(25 <= len(names) <= 40, "indicator count %d is within 25-40" % len(names))
check(all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names), "every indicator name is snake_case")
check(areas == {"Salbridge"}, "area column holds only Salbridge (%s)" % sorted(areas))
pat = re.compile(r"^(\d{4}-(0[1-9]|1[0-2])|\d{4}/\d{2} Q[1-4]|\d{4}/\d{2}|\d{4})$")
check(all(pat.match(p) for s in series.values() for p in s), "every period is a month, quarter, year or survey wave")
for n, s in series.items():
    if re.fullmatch(r"\d{4}-\d{2}", next(iter(s))):
        check(sorted(s) == ALL, "%s covers 2019-04..2024-03 (%d months)" % (n, len(s)))
for f in files:
    data = open(os.path.join(IND, f), "rb").read()
    check(b"Salford" not in data, "%s does not name the real partnership" % f)
pm = open(os.path.join(IND, "police_marac.csv"), "rb").read()
check(pm.startswith(b"\xef\xbb\xbf") and b"\r\n" in pm and pm.count(b"\n") == pm.count(b"\r\n"),
      "police_marac.csv has a UTF-8 BOM and CRLF line ends")
csc = open(os.path.join(IND, "children_social_care.csv"), "rb").read()
check(b'"1,' in csc and b"\n\n" in csc and b" ," in csc,
      "children_social_care.csv has quoted thousands, a blank line and a trailing space")
kinds = {}
for n, s in series.items():
    for p, (k, *_rest) in s.items():
        kinds.setdefault(k, []).append((n, p))
print("     gaps:", ", ".join("%s %s" % x for x in sorted(kinds.get("gap", []))))
print("     suppressed:", ", ".join("%s %s" % x for x in sorted(kinds.get("suppressed", []))))
check(len(kinds.get("gap", [])) >= 3, "there are gaps (%d)" % len(kinds.get("gap", [])))
check(len(kinds.get("suppressed", [])) >= 3, "there are suppressed values (%d)" % len(kinds.get("suppressed", [])))
for n in ("marac_repeats_children", "cp_plans_neglect", "cp_plans_total", "momo_statements"):
    check(clean(n, ALL), "%s has no gap and no suppression" % n)
nd = 0
for n, s in series.items():
    for p, (k, v, num, den, f) in s.items():
        if num and den:
            nd += 1
            if abs(round(100.0 * float(num) / float(den), 1) - v) > 1e-9:
                check(False, "%s %s value %s = %s/%s" % (n, p, v, num, den))
check(nd > 0, "numerator/denominator recompute the value (%d rows)" % nd)
check(all(series["rereferral_rate"][p][3] == str(int(series["referrals_csc"][p][1])) for p in ALL),
      "re-referral denominators are the month's referrals")
pop = values("child_population_0_17", ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"])
check(all(58000 <= v <= 62000 for v in pop), "child population about 60,000 (%s)" % pop)

# ---------------------------------------------------------------------------
print("== MARAC: repeat cases involving children, down 26%")
check(clean("marac_repeats_children", FY22 + FY23), "no gaps or suppression in 2022/23 and 2023/24")
a, b = sum(values("marac_repeats_children", FY22)), sum(values("marac_repeats_children", FY23))
ch = 100.0 * (b - a) / a
check(a == 250 and b == 185, "2022/23 total %d, 2023/24 total %d" % (a, b))
check(round(ch) == -26, "change (%d-%d)/%d = %.2f%% rounds to -26%%" % (b, a, a, ch))

# ---------------------------------------------------------------------------
print("== Child protection plans due to neglect")
n23, t23 = series["cp_plans_neglect"]["2023-03"][1], series["cp_plans_total"]["2023-03"][1]
n24, t24 = series["cp_plans_neglect"]["2024-03"][1], series["cp_plans_total"]["2024-03"][1]
s23, s24 = 100 * n23 / t23, 100 * n24 / t24
check(s24 < s23 and 1.5 <= s23 - s24 <= 5,
      "March 2023 %d/%d = %.1f%%; March 2024 %d/%d = %.1f%%; %.1f points lower"
      % (n23, t23, s23, n24, t24, s24, s23 - s24))
for label, ps in (("2022/23", FY22), ("2023/24", FY23)):
    pass
sh = lambda ps: 100 * sum(values("cp_plans_neglect", ps)) / sum(values("cp_plans_total", ps))
mean_sh = lambda ps: sum(100 * n / t for n, t in zip(values("cp_plans_neglect", ps), values("cp_plans_total", ps))) / len(ps)
check(sh(FY23) < sh(FY22), "pooled share over the year: 2022/23 %.2f%%, 2023/24 %.2f%%" % (sh(FY22), sh(FY23)))
check(mean_sh(FY23) < mean_sh(FY22), "mean monthly share: 2022/23 %.2f%%, 2023/24 %.2f%%" % (mean_sh(FY22), mean_sh(FY23)))
tot = values("cp_plans_total", ALL)
check(340 <= min(tot) and max(tot) <= 460, "cp_plans_total within 340-460 (%d-%d)" % (min(tot), max(tot)))

# ---------------------------------------------------------------------------
print("== MOMO statements")
momo = dict(zip(ALL, values("momo_statements", ALL)))
early = [momo[p] for p in months("2019-04", "2022-12")]
check(min(early) >= 30 and max(early) <= 70, "2019-04..2022-12 within 30-70 (%d-%d)" % (min(early), max(early)))
ramp = [momo[p] for p in months("2023-01", "2023-10")]
check(all(x < y for x, y in zip(ramp, ramp[1:])), "rising every month Jan-Oct 2023: %s" % ramp)
check(momo["2023-10"] == 187, "October 2023 = 187")
check(all(v < 187 for p, v in momo.items() if p != "2023-10"), "187 is the strict record of the series")
tail = [momo[p] for p in months("2023-11", "2024-03")]
check(all(160 <= v < 187 for v in tail), "Nov 2023-Mar 2024 high but below the record: %s" % tail)

# Mann-Kendall, 2023-01..2024-03, with the tie correction.
x = [momo[p] for p in months("2023-01", "2024-03")]
n = len(x)
S = sum((x[j] > x[i]) - (x[j] < x[i]) for i in range(n) for j in range(i + 1, n))
ties = {}
for v in x:
    ties[v] = ties.get(v, 0) + 1
var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties.values())) / 18.0
Z = (S - 1) / math.sqrt(var) if S > 0 else ((S + 1) / math.sqrt(var) if S < 0 else 0.0)
pval = math.erfc(abs(Z) / math.sqrt(2))
tau = S / (n * (n - 1) / 2)
check(S > 0 and pval < 0.001, "Mann-Kendall n=%d S=%d tau=%.3f Z=%.2f p=%.2g (upward)" % (n, S, tau, Z, pval))


def xmr(y, improvement="increase", baseline=None):
    """XmR as in design/spc.md: limits from the first `baseline` points (all when
    None), one screening pass."""
    base = y if baseline is None else y[:baseline]
    mean = sum(base) / len(base)
    mr = [abs(b - a) for a, b in zip(base, base[1:])]
    amr = sum(mr) / len(mr)
    kept = [v for v in mr if v < 3.267 * amr]
    amr = sum(kept) / len(kept)
    ucl, lcl = mean + 2.66 * amr, mean - 2.66 * amr
    nu, nl = mean + 2 / 3 * 2.66 * amr, mean - 2 / 3 * 2.66 * amr
    n = len(y)
    outside = [v > ucl or v < lcl for v in y]
    side = [(v > mean) - (v < mean) for v in y]
    close = [not outside[i] and (y[i] > nu or y[i] < nl) for i in range(n)]
    flag = [None] * n
    rel = [0] * n
    # trend: 7 points strictly rising or falling
    trend = [0] * n
    for i in range(n - 6):
        d = [y[k + 1] - y[k] for k in range(i, i + 6)]
        if all(v > 0 for v in d) or all(v < 0 for v in d):
            for k in range(i, i + 7):
                trend[k] = 1
    two3 = [False] * n
    for i in range(n - 2):
        w = range(i, i + 3)
        if sum(close[k] for k in w) >= 2 and len({side[k] for k in w}) == 1 and side[i] != 0:
            for k in w:
                if close[k]:
                    two3[k] = True
    shift = [False] * n
    for i in range(n - 6):
        w = range(i, i + 7)
        if len({side[k] for k in w}) == 1 and side[i] != 0:
            for k in w:
                shift[k] = True
    for i in range(n):
        if outside[i]:
            flag[i], rel[i] = "outside limits", side[i]
        elif trend[i]:
            if i + 1 < n and trend[i + 1]:
                rel[i] = 1 if y[i + 1] > y[i] else -1
            else:
                rel[i] = 1 if y[i] > y[i - 1] else -1
            flag[i] = "trend"
        elif two3[i]:
            flag[i], rel[i] = "two in three", side[i]
        elif shift[i]:
            flag[i], rel[i] = "shift", side[i]
    want = 1 if improvement == "increase" else -1
    kinds = ["common cause" if f is None else
             ("special cause improvement" if r == want else "special cause concern")
             for f, r in zip(flag, rel)]
    return mean, amr, lcl, ucl, flag, kinds


mean, amr, lcl, ucl, flag, kinds = xmr([momo[p] for p in ALL])
check(kinds[-1] == "special cause improvement",
      "SPC (XmR, all 60 months): mean %.1f, amr %.2f, limits %.1f-%.1f; March 2024 = %d is %s (%s)"
      % (mean, amr, lcl, ucl, momo["2024-03"], kinds[-1], flag[-1]))
print("     (with limits from all 60 months the flat 2019-2022 months sit below the mean: shift, concern)")
nb = len(months("2019-04", "2022-12"))
mean, amr, lcl, ucl, flag, kinds = xmr([momo[p] for p in ALL], baseline=nb)
first = next(p for p, k in zip(ALL, kinds) if k != "common cause" and p >= "2023-01")
check(kinds[-1] == "special cause improvement" and all(k == "special cause improvement" for k in kinds[nb:]),
      "SPC, limits fixed on 2019-04..2022-12 (%d points): mean %.1f, limits %.1f-%.1f; every month from %s "
      "is special cause improvement" % (nb, mean, lcl, ucl, first))

# ---------------------------------------------------------------------------
print("== Practitioner survey (2023 vs 2021)")
expected = {
    "survey_share_information": (100, 99), "survey_know_policies": (98, 97),
    "survey_raise_concerns_supported": (98, 95), "survey_allegation_colleague": (97, 92),
    "survey_recognise_neglect": (97, 90), "survey_recognise_cce": (91, 81),
    "survey_recognise_csa": (86, 78), "survey_escalation_policy": (68, 59),
}
for k, (v23, v21) in expected.items():
    got = (series[k]["2023"][1], series[k]["2021"][1])
    check(got == (v23, v21) and sorted(series[k]) == ["2021", "2023"],
          "%s 2023 %g%% (2021 %g%%)" % (k, got[0], got[1]))
check(series["survey_respondents"]["2023"][1] == 243,
      "survey_respondents 2023 = %d (2021 = %d)" % (series["survey_respondents"]["2023"][1],
                                                   series["survey_respondents"]["2021"][1]))

# ---------------------------------------------------------------------------
print("== Communications, learning and escalations")
for k, want in (("website_page_views", 59370), ("website_users", 14929), ("briefing_7min_page_views", 5083)):
    got = sum(values(k, FY23)) if clean(k, FY23) else None
    check(got == want, "%s 2023/24 sum = %s (want %d)" % (k, got, want))
q = lambda fy: ["%s Q%d" % (fy, i) for i in range(1, 5)]
bs = sum(values("bitesize_briefing_attendees", q("2023/24")))
check(bs == 297, "bitesize_briefing_attendees 2023/24 = %d" % bs)
e22, e23 = sum(values("professional_escalations", FY22)), sum(values("professional_escalations", FY23))
check(e23 > e22, "professional_escalations 2022/23 %d -> 2023/24 %d" % (e22, e23))
check(clean("serious_incidents_babies", q("2022/23") + q("2023/24")), "serious_incidents_babies not suppressed in 2022/23, 2023/24")
b22 = sum(values("serious_incidents_babies", q("2022/23")))
b23 = sum(values("serious_incidents_babies", q("2023/24")))
check(b23 < b22, "serious_incidents_babies 2022/23 %d -> 2023/24 %d" % (b22, b23))

# ---------------------------------------------------------------------------
print("== Determinism: regenerate in a scratch folder and compare bytes")
tmp = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(tmp, "generate"))
    shutil.copy(os.path.join(HERE, "make_sample.py"), os.path.join(tmp, "generate"))
    subprocess.run([sys.executable, os.path.join(tmp, "generate", "make_sample.py")],
                   check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, PYTHONHASHSEED="random"))
    fresh = sorted(f for f in os.listdir(tmp) if f.endswith(".csv"))
    same = fresh == files and all(open(os.path.join(tmp, f), "rb").read() == open(os.path.join(IND, f), "rb").read()
                                  for f in files)
    check(same, "re-running make_sample.py gives byte-identical files (%d files)" % len(fresh))
finally:
    shutil.rmtree(tmp)

print("\n%d checks passed, %d failed" % (len(passes), len(failures)))
sys.exit(1 if failures else 0)
