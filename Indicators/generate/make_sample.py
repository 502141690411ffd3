#!/usr/bin/env python3
"""Generate the synthetic indicator data of the fictional Salbridge Safeguarding
Children Partnership (about 60,000 children) into ../ (the Indicators/ folder).

Everything here is invented.  The series are shaped to be plausible for an English
city partnership and to reproduce, exactly, the headline figures of the 2023/24
annual report summary that Assure's examples are built on (seeds/004): see
Indicators/README.md for the list and how to check each one by hand.

Deterministic: every series draws from its own random.Random seeded with a fixed
string, standard library only, and files are written byte for byte by hand (no
csv-module defaults, no dict ordering surprises).  Re-running gives identical bytes.

    python3 Indicators/generate/make_sample.py        # writes Indicators/*.csv
"""

import os
import random

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SEED = "salbridge-sample-v1"
AREA = "Salbridge"

# ---------------------------------------------------------------------------
# Calendar: financial years April-March, 2019/20 to 2023/24.
# ---------------------------------------------------------------------------

FIRST_FY, LAST_FY = 2019, 2023
MONTHS = [(y, m) for fy in range(FIRST_FY, LAST_FY + 1)
          for (y, m) in [(fy, mm) for mm in range(4, 13)] + [(fy + 1, mm) for mm in range(1, 4)]]
assert len(MONTHS) == 60


def fy_of(y, m):
    return y if m >= 4 else y - 1


def fy_label(fy):
    return "%d/%02d" % (fy, (fy + 1) % 100)


def month_label(y, m):
    return "%04d-%02d" % (y, m)


def quarter_of(y, m):
    return (fy_of(y, m), (m - 4) % 12 // 3 + 1)


def quarter_label(fy, q):
    return "%s Q%d" % (fy_label(fy), q)


QUARTERS = [(fy, q) for fy in range(FIRST_FY, LAST_FY + 1) for q in range(1, 5)]
YEARS = list(range(FIRST_FY, LAST_FY + 1))
MLABELS = [month_label(y, m) for (y, m) in MONTHS]
QLABELS = [quarter_label(fy, q) for (fy, q) in QUARTERS]


def months_of_fy(fy):
    return [i for i, (y, m) in enumerate(MONTHS) if fy_of(y, m) == fy]


def rng(name):
    # str seeds go through SHA-512 (random.seed version 2): stable across runs and
    # unaffected by PYTHONHASHSEED.
    return random.Random("%s:%s" % (SEED, name))


# Seasonal shapes (multiplicative, by calendar month).
SCHOOL = {1: 1.04, 2: 1.02, 3: 1.06, 4: 0.95, 5: 1.03, 6: 1.05, 7: 1.00,
          8: 0.82, 9: 1.02, 10: 1.06, 11: 1.08, 12: 0.87}   # contacts, referrals, early help
SUMMER = {1: 0.90, 2: 0.88, 3: 0.97, 4: 1.00, 5: 1.05, 6: 1.08, 7: 1.12,
          8: 1.15, 9: 1.02, 10: 1.00, 11: 0.94, 12: 0.89}   # missing episodes
WEB = {1: 1.08, 2: 1.03, 3: 1.06, 4: 0.96, 5: 1.02, 6: 1.00, 7: 0.93,
       8: 0.80, 9: 1.05, 10: 1.10, 11: 1.07, 12: 0.82}      # website, training
DA = {1: 1.06, 2: 0.95, 3: 1.00, 4: 0.98, 5: 1.00, 6: 1.05, 7: 1.04,
      8: 1.02, 9: 0.96, 10: 0.97, 11: 0.96, 12: 1.03}       # domestic abuse
# Covid-19 restrictions: April-June 2020 and January-February 2021.
COVID = {"2020-04": 0.72, "2020-05": 0.78, "2020-06": 0.88, "2020-07": 0.95,
         "2021-01": 0.90, "2021-02": 0.92}


def covid(i):
    return COVID.get(MLABELS[i], 1.0)


def lerp_path(points):
    """Piecewise-linear path over the 60 months from {month label: level}."""
    idx = sorted((MLABELS.index(k), v) for k, v in points.items())
    out = []
    for i in range(len(MONTHS)):
        if i <= idx[0][0]:
            out.append(idx[0][1])
        elif i >= idx[-1][0]:
            out.append(idx[-1][1])
        else:
            for (a, va), (b, vb) in zip(idx, idx[1:]):
                if a <= i <= b:
                    out.append(va + (vb - va) * (i - a) / (b - a))
                    break
    return out


def scale_to_total(weights, total):
    """Non-negative integers proportional to weights that sum to total exactly
    (largest remainder; ties go to the earlier position)."""
    s = float(sum(weights))
    raw = [w * total / s for w in weights]
    base = [int(x) for x in raw]
    short = total - sum(base)
    order = sorted(range(len(raw)), key=lambda k: (-(raw[k] - base[k]), k))
    for k in order[:short]:
        base[k] += 1
    assert sum(base) == total
    return base


def noisy_counts(r, means, cv, floor=0):
    return [max(floor, int(round(mu * (1.0 + r.gauss(0.0, cv))))) for mu in means]


def annual_flow(name, totals, season, cv, covid_hit=False):
    """Monthly flow whose financial-year totals are exactly `totals` (fy -> total)."""
    r = rng(name)
    out = [0] * len(MONTHS)
    for fy in YEARS:
        ix = months_of_fy(fy)
        w = []
        for i in ix:
            m = MONTHS[i][1]
            f = season[m] * (1.0 + r.gauss(0.0, cv))
            if covid_hit:
                f *= covid(i)
            w.append(max(0.05, f))
        for i, v in zip(ix, scale_to_total(w, totals[fy])):
            out[i] = v
    return out


def ar_noise(r, n, sd, phi=0.6):
    e, out = 0.0, []
    for _ in range(n):
        e = phi * e + r.gauss(0.0, sd)
        out.append(e)
    return out


def fmt_thousands(v):
    return "{:,}".format(v)


def fmt1(x):
    return "%.1f" % x


def q(field):
    """Quote a CSV field only when it needs it."""
    if any(c in field for c in ',"\r\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


def write(name, lines, crlf=False, bom=False):
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Series
# ---------------------------------------------------------------------------

S = {}  # name -> list of values (ints/floats, or None for a gap), aligned to its calendar

# --- Population (annual, mid-year estimate used for the financial year) ------------
POPULATION = {2019: 59642, 2020: 59918, 2021: 60187, 2022: 60476, 2023: 60731}

# --- England benchmarks (illustrative, close to the published DfE figures) ---------
CP_RATE_ENGLAND = {2019: 42.8, 2020: 41.4, 2021: 42.1, 2022: 43.2, 2023: 41.6}
REREFERRAL_ENGLAND = {2019: 22.6, 2020: 22.7, 2021: 21.5, 2022: 22.4, 2023: 22.4}

# --- Children's social care ---------------------------------------------------------
r = rng("contacts_received")
lvl = lerp_path({"2019-04": 1180, "2021-04": 1260, "2023-03": 1300, "2024-03": 1320})
contacts = [int(round(lvl[i] * SCHOOL[m] * covid(i) * (1 + r.gauss(0, 0.05))))
            for i, (y, m) in enumerate(MONTHS)]
S["contacts_received"] = contacts

r = rng("referrals_csc")
conv = lerp_path({"2019-04": 0.255, "2022-04": 0.245, "2024-03": 0.235})
referrals = [int(round(contacts[i] * conv[i] * (1 + r.gauss(0, 0.04)))) for i in range(60)]
S["referrals_csc"] = referrals

r = rng("rereferral_rate")
rr_level = lerp_path({"2019-04": 0.215, "2021-04": 0.205, "2023-03": 0.19, "2024-03": 0.182})
rr_noise = ar_noise(r, 60, 0.012, 0.3)
rr_num = [int(round(referrals[i] * min(0.3, max(0.12, rr_level[i] + rr_noise[i])))) for i in range(60)]
rr_den = referrals[:]
S["rereferral_rate"] = [round(100.0 * n / d, 1) for n, d in zip(rr_num, rr_den)]

# Child protection plans (stocks, end of month).  Pinned: March 2023 400 plans of
# which 192 neglect (48.0%); March 2024 389 plans of which 173 neglect (44.5%).
r = rng("cp_plans_total")
cp_level = lerp_path({"2019-04": 368, "2020-06": 352, "2021-03": 398, "2021-10": 421,
                      "2022-09": 408, "2023-03": 400, "2023-09": 392, "2024-03": 389})
cp_noise = ar_noise(r, 60, 5.0, 0.7)
cp_total = [int(round(cp_level[i] + cp_noise[i])) for i in range(60)]
I_MAR23, I_MAR24 = MLABELS.index("2023-03"), MLABELS.index("2024-03")
cp_total[I_MAR23], cp_total[I_MAR24] = 400, 389
S["cp_plans_total"] = cp_total

r = rng("cp_plans_neglect")
share = lerp_path({"2019-04": 0.452, "2020-09": 0.468, "2021-09": 0.487, "2022-06": 0.484,
                   "2023-03": 0.480, "2023-09": 0.462, "2024-03": 0.445})
sh_noise = ar_noise(r, 60, 0.006, 0.5)
cp_neglect = [int(round(cp_total[i] * (share[i] + sh_noise[i]))) for i in range(60)]
cp_neglect[I_MAR23], cp_neglect[I_MAR24] = 192, 173
S["cp_plans_neglect"] = cp_neglect

r = rng("looked_after_children")
lac_level = lerp_path({"2019-04": 571, "2020-09": 588, "2022-03": 607, "2023-03": 601, "2024-03": 612})
lac_noise = ar_noise(r, 60, 3.0, 0.8)
lac = [int(round(lac_level[i] + lac_noise[i])) for i in range(60)]
lac[MLABELS.index("2021-09")] = None        # gap: case management system migration
S["looked_after_children"] = lac

# --- Police: MARAC ------------------------------------------------------------------
# Repeat cases involving children heard at MARAC: 2022/23 = 250, 2023/24 = 185 (-26%).
S["marac_repeats_children"] = annual_flow(
    "marac_repeats_children", {2019: 231, 2020: 282, 2021: 263, 2022: 250, 2023: 185},
    DA, 0.14)
r = rng("marac_cases_children")
rep_share = lerp_path({"2019-04": 0.33, "2021-03": 0.36, "2023-03": 0.35, "2024-03": 0.28})
S["marac_cases_children"] = [int(round(v / max(0.2, rep_share[i] + r.gauss(0, 0.02))))
                             for i, v in enumerate(S["marac_repeats_children"])]

# --- Missing from home, care and education -------------------------------------------
r = rng("missing_episodes")
mis_level = lerp_path({"2019-04": 158, "2021-04": 150, "2023-03": 141, "2024-03": 133})
missing = []
for i, (y, m) in enumerate(MONTHS):
    f = SUMMER[m] * (1 + r.gauss(0, 0.08))
    if MLABELS[i] in ("2020-04", "2020-05"):
        f *= 0.62                              # first lockdown: far fewer episodes
    missing.append(int(round(mis_level[i] * f)))
S["missing_episodes"] = missing

r = rng("return_interviews_72h")
rhi_pct = lerp_path({"2019-04": 0.71, "2021-06": 0.80, "2023-03": 0.85, "2024-03": 0.88})
rhi_den = [int(round(v * (0.76 + r.gauss(0, 0.02)))) for v in missing]
rhi_num = [min(d, int(round(d * min(0.97, rhi_pct[i] + r.gauss(0, 0.025))))) for i, d in enumerate(rhi_den)]
S["return_interviews_72h"] = [round(100.0 * n / d, 1) for n, d in zip(rhi_num, rhi_den)]

# --- Exploitation ---------------------------------------------------------------------
r = rng("cse_referrals")
cse_level = lerp_path({"2019-04": 10.5, "2021-06": 11.5, "2024-03": 10.0})
cse = [max(0, int(round(mu + r.gauss(0, 1.15 * mu ** 0.5)))) for mu in cse_level]
cse[MLABELS.index("2020-04")] = None           # gap: not returned in first lockdown
S["cse_referrals"] = cse                       # values below 5 are suppressed on output

r = rng("cce_referrals")
cce_level = lerp_path({"2019-04": 9.0, "2021-04": 13.0, "2023-03": 17.0, "2024-03": 18.0})
S["cce_referrals"] = [max(0, int(round(mu * covid(i) + r.gauss(0, 1.1 * mu ** 0.5))))
                      for i, mu in enumerate(cce_level)]

# --- Early help -------------------------------------------------------------------------
r = rng("early_help_assessments")
eh_level = lerp_path({"2019-04": 138, "2021-04": 147, "2023-03": 156, "2024-03": 160})
eha = [int(round(eh_level[i] * SCHOOL[m] * covid(i) * (1 + r.gauss(0, 0.06))))
       for i, (y, m) in enumerate(MONTHS)]
eha[MLABELS.index("2020-05")] = None           # gap: system outage
S["early_help_assessments"] = eha

r = rng("thriving_families_assessments")
tf_level = lerp_path({"2019-04": 7.0, "2021-04": 14.0, "2022-04": 24.0, "2023-03": 31.0, "2024-03": 44.0})
tfa = [max(0, int(round(mu + r.gauss(0, 1.0 * mu ** 0.5)))) for mu in tf_level]
tfa[MLABELS.index("2019-06")] = None           # gap: not recorded (tool in pilot)
S["thriving_families_assessments"] = tfa

# --- Emotional health and wellbeing ------------------------------------------------------
r = rng("camhs_referrals")
ca_level = lerp_path({"2019-04": 172, "2020-09": 178, "2021-09": 226, "2023-03": 238, "2024-03": 244})
S["camhs_referrals"] = [int(round(ca_level[i] * SCHOOL[m] * covid(i) * (1 + r.gauss(0, 0.06))))
                        for i, (y, m) in enumerate(MONTHS)]

r = rng("camhs_wait_weeks_median")
wait_level = lerp_path({"2019-04": 7.6, "2020-09": 8.4, "2021-12": 14.8, "2022-09": 13.2,
                        "2023-06": 11.4, "2024-03": 10.6})
wn = ar_noise(r, 60, 0.45, 0.6)
wait = [round(max(3.0, wait_level[i] + wn[i]), 1) for i in range(60)]
wait[MLABELS.index("2020-04")] = None          # gap: collection paused (Covid-19)
wait[MLABELS.index("2020-05")] = None
S["camhs_wait_weeks_median"] = wait

# --- Partnership activity (monthly, wide) -------------------------------------------------
S["website_page_views"] = annual_flow(
    "website_page_views", {2019: 36815, 2020: 44128, 2021: 49763, 2022: 54207, 2023: 59370}, WEB, 0.06)
S["website_users"] = annual_flow(
    "website_users", {2019: 9874, 2020: 11786, 2021: 12911, 2022: 13698, 2023: 14929}, WEB, 0.05)
S["briefing_7min_page_views"] = annual_flow(
    "briefing_7min_page_views", {2019: 2106, 2020: 3047, 2021: 3712, 2022: 4288, 2023: 5083}, WEB, 0.10)
S["professional_escalations"] = annual_flow(
    "professional_escalations", {2019: 31, 2020: 27, 2021: 35, 2022: 38, 2023: 57}, WEB, 0.35)
S["training_attendees"] = annual_flow(
    "training_attendees", {2019: 2310, 2020: 1890, 2021: 2240, 2022: 2395, 2023: 2468}, WEB, 0.12,
    covid_hit=True)
for k in ("website_page_views", "website_users"):
    S[k] = S[k][:]
    S[k][MLABELS.index("2019-11")] = None       # gap: analytics tracking outage
# The 7-minute briefings are pages of the website: never more views than the site.
assert all(b <= w for b, w in zip(S["briefing_7min_page_views"], S["website_page_views"]) if w is not None)

# --- MOMO statements (voice of the child) --------------------------------------------------
r = rng("momo_statements")
momo = []
for i in range(MLABELS.index("2023-01")):
    momo.append(min(70, max(30, int(round(49 + r.gauss(0, 8.5))))))
# January to October 2023: strictly rising, month by month, to the record 187.
ramp = [74, 86, 97, 109, 121, 134, 146, 159, 172, 187]
for k, v in enumerate(ramp):
    jitter = 0 if k in (0, len(ramp) - 1) else r.randint(-3, 3)
    momo.append(v + jitter)
# November 2023 to March 2024: high, below the record.
for base in (176, 163, 170, 174, 179):
    momo.append(min(180, max(160, base + r.randint(-2, 2))))
assert len(momo) == 60
S["momo_statements"] = momo

# --- Quarterly -------------------------------------------------------------------------------
def quarterly(name, totals, cv, floor=0):
    r = rng(name)
    out = []
    for fy in YEARS:
        w = [max(0.05, 1 + r.gauss(0, cv)) for _ in range(4)]
        out.extend(scale_to_total(w, totals[fy]))
    return out


r = rng("children_missing_education")
cme_level = [62, 66, 58, 71, 55, 61, 68, 74, 70, 77, 64, 69, 63, 60, 57, 54, 55, 51, 49, 47]
cme = [max(0, int(round(v + r.gauss(0, 3)))) for v in cme_level]
cme[QLABELS.index("2020/21 Q1")] = None        # gap: schools closed, no census
S["children_missing_education"] = cme

S["da_self_referrals"] = quarterly("da_self_referrals",
                                   {2019: 148, 2020: 171, 2021: 166, 2022: 174, 2023: 213}, 0.10)
S["nrm_referrals_children"] = quarterly("nrm_referrals_children",
                                        {2019: 22, 2020: 26, 2021: 31, 2022: 35, 2023: 33}, 0.35)

# Serious incidents involving babies (under 1): 2022/23 = 9, 2023/24 = 5.
S["serious_incidents_babies"] = [2, 1, 2, 3,  1, 3, 2, 2,  2, 3, 1, 2,  3, 2, 2, 2,  1, 2, 1, 1]
others = quarterly("rapid_reviews_other", {2019: 4, 2020: 5, 2021: 6, 2022: 5, 2023: 4}, 0.5)
S["rapid_reviews"] = [b + o for b, o in zip(S["serious_incidents_babies"], others)]
S["bitesize_briefing_attendees"] = quarterly("bitesize_briefing_attendees",
                                             {2019: 152, 2020: 214, 2021: 241, 2022: 266, 2023: 297}, 0.10)

SUPPRESSED_BABIES = {"2019/20 Q2", "2020/21 Q1"}   # shown as * in the public extract

# --- Practitioner survey (Section 11), calendar-year waves ------------------------------------
SURVEY = [
    ("survey_share_information", 99, 100,
     "Confident to share information with other professionals if they have a safeguarding concern"),
    ("survey_know_policies", 97, 98,
     "Know where to find their own organisation's safeguarding policies"),
    ("survey_raise_concerns_supported", 95, 98,
     "Confident to raise safeguarding concerns and supported in their safeguarding role"),
    ("survey_allegation_colleague", 92, 97,
     "Would know exactly what to do about a safeguarding allegation against a colleague"),
    ("survey_recognise_neglect", 90, 97,
     "Confident in recognising signs of neglect and taking appropriate action"),
    ("survey_recognise_cce", 81, 91,
     "Confident to recognise signs of criminal exploitation and take appropriate action"),
    ("survey_recognise_csa", 78, 86,
     "Confident to recognise signs of sexual abuse and take appropriate action"),
    ("survey_escalation_policy", 59, 68,
     "Familiar with the Professional Challenge and Escalation Policy and confident to use it"),
]
SURVEY_RESPONDENTS = {2021: 212, 2023: 243}

# ---------------------------------------------------------------------------
# Built-in consistency assertions (the independent check is check_sample.py)
# ---------------------------------------------------------------------------

def fy_sum(name, fy):
    return sum(S[name][i] for i in months_of_fy(fy))


a, b = fy_sum("marac_repeats_children", 2022), fy_sum("marac_repeats_children", 2023)
assert (a, b) == (250, 185) and round(100.0 * (b - a) / a) == -26
assert fy_sum("website_page_views", 2023) == 59370
assert fy_sum("website_users", 2023) == 14929
assert fy_sum("briefing_7min_page_views", 2023) == 5083
assert sum(S["bitesize_briefing_attendees"][16:20]) == 297
assert fy_sum("professional_escalations", 2023) > fy_sum("professional_escalations", 2022)
assert sum(S["serious_incidents_babies"][16:20]) < sum(S["serious_incidents_babies"][12:16])
i_oct = MLABELS.index("2023-10")
assert momo[i_oct] == 187 and all(v < 187 for k, v in enumerate(momo) if k != i_oct)
assert all(x < y for x, y in zip(momo[45:55], momo[46:55]))
for i in range(60):
    assert S["marac_cases_children"][i] >= S["marac_repeats_children"][i]
    assert cp_neglect[i] < cp_total[i]

# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------

def v_or(v, missing=""):
    return missing if v is None else str(v)


# population.csv — long, annual (clean)
lines = ["indicator,period,value,note"]
for fy in YEARS:
    lines.append("child_population_0_17,%s,%d,%s" % (
        fy_label(fy), POPULATION[fy], q("mid-%d estimate, children aged 0 to 17" % fy)))
write("population.csv", lines)

# benchmarks.csv — wide, annual
lines = ["period,cp_plans_rate_england,rereferral_rate_england"]
for fy in YEARS:
    lines.append("%s,%s,%s" % (fy_label(fy), fmt1(CP_RATE_ENGLAND[fy]), fmt1(REREFERRAL_ENGLAND[fy])))
write("benchmarks.csv", lines)

# cp_plans_duration.csv — long, annual (clean): child protection plans open two years or
# more at 31 March, for the sample's comparison with England's published figures (the DfE's
# table D5, in Indicators/ as it comes). Fixed figures, no random draws, so that the other
# files keep their bytes.
CP_TWO_YEARS = {2019: 9, 2020: 12, 2021: 14, 2022: 11, 2023: 19}
lines = ["indicator,period,value,note"]
for fy in YEARS:
    lines.append("cp_plans_two_years_or_more,%s,%d,%s" % (fy_label(fy), CP_TWO_YEARS[fy], "at 31 March" if fy == YEARS[0] else ""))
write("cp_plans_duration.csv", lines)

# children_social_care.csv — long, MESSY: quoted thousands, a blank line, a trailing
# space, a "-" gap, numerator/denominator for the re-referral rate.
lines = ["indicator,period,value,numerator,denominator,note"]
for i, p in enumerate(MLABELS):
    lines.append("contacts_received,%s,%s,,," % (p, q(fmt_thousands(contacts[i]))))
for i, p in enumerate(MLABELS):
    lines.append("referrals_csc,%s,%d,,," % (p, referrals[i]))
for i, p in enumerate(MLABELS):
    lines.append("rereferral_rate,%s,%s,%d,%d,%s" % (
        p, fmt1(S["rereferral_rate"][i]), rr_num[i], rr_den[i],
        "re-referrals within 12 months / referrals" if i == 0 else ""))
lines.append("")                                 # a blank line, as left by a hand edit
for i, p in enumerate(MLABELS):
    lines.append("cp_plans_total,%s,%d,,,%s" % (p, cp_total[i], "end of month" if i == 0 else ""))
for i, p in enumerate(MLABELS):
    lines.append("cp_plans_neglect,%s,%d,,,%s" % (
        p, cp_neglect[i], "end of month; category of abuse neglect" if i == 0 else ""))
for i, p in enumerate(MLABELS):
    v = lac[i]
    if v is None:
        lines.append("looked_after_children,%s,-,,,case management system migration" % p)
    elif p == "2022-07":
        lines.append("looked_after_children,%s,%d ,,," % (p, v))   # trailing space
    else:
        lines.append("looked_after_children,%s,%d,,," % (p, v))
write("children_social_care.csv", lines)

# police_marac.csv — long with area, MESSY: UTF-8 BOM and CRLF line ends.
lines = ["area,indicator,period,value,note"]
for i, p in enumerate(MLABELS):
    lines.append("%s,marac_cases_children,%s,%d," % (AREA, p, S["marac_cases_children"][i]))
for i, p in enumerate(MLABELS):
    lines.append("%s,marac_repeats_children,%s,%d,%s" % (
        AREA, p, S["marac_repeats_children"][i],
        "repeat cases involving children heard at MARAC" if i == 0 else ""))
write("police_marac.csv", lines, crlf=True, bom=True)

# missing.csv — long, numerator/denominator for the return interview rate
lines = ["indicator,period,value,numerator,denominator"]
for i, p in enumerate(MLABELS):
    lines.append("missing_episodes,%s,%d,," % (p, missing[i]))
for i, p in enumerate(MLABELS):
    lines.append("return_interviews_72h,%s,%s,%d,%d" % (p, fmt1(S["return_interviews_72h"][i]),
                                                         rhi_num[i], rhi_den[i]))
write("missing.csv", lines)

# complex_safeguarding.csv — long; small CSE counts suppressed as "c", one blank gap
lines = ["indicator,period,value,note"]
SUPPRESSED_CSE = []
for i, p in enumerate(MLABELS):
    v = cse[i]
    if v is None:
        lines.append("cse_referrals,%s,,not returned" % p)
    elif v < 5:
        SUPPRESSED_CSE.append(p)
        lines.append("cse_referrals,%s,c,suppressed: fewer than 5" % p)
    else:
        lines.append("cse_referrals,%s,%d," % (p, v))
for i, p in enumerate(MLABELS):
    lines.append("cce_referrals,%s,%d," % (p, S["cce_referrals"][i]))
write("complex_safeguarding.csv", lines)

# early_help.csv — wide, monthly; gaps as "-" and blank
lines = ["period,early_help_assessments,thriving_families_assessments"]
for i, p in enumerate(MLABELS):
    lines.append("%s,%s,%s" % (p, v_or(eha[i]), v_or(tfa[i], "-")))
write("early_help.csv", lines)

# emotional_health.csv — long, monthly
lines = ["indicator,period,value,note"]
for i, p in enumerate(MLABELS):
    lines.append("camhs_referrals,%s,%d," % (p, S["camhs_referrals"][i]))
for i, p in enumerate(MLABELS):
    v = wait[i]
    lines.append("camhs_wait_weeks_median,%s,%s,%s" % (
        p, v_or(v and fmt1(v)), "collection paused (Covid-19)" if v is None else ""))
write("emotional_health.csv", lines)

# quarterly_returns.csv — long, quarterly; NRM counts below 5 suppressed as "[c]"
lines = ["indicator,period,value"]
for k, p in enumerate(QLABELS):
    lines.append("children_missing_education,%s,%s" % (p, v_or(cme[k], "-")))
for k, p in enumerate(QLABELS):
    lines.append("da_self_referrals,%s,%d" % (p, S["da_self_referrals"][k]))
SUPPRESSED_NRM = []
for k, p in enumerate(QLABELS):
    v = S["nrm_referrals_children"][k]
    if v < 5:
        SUPPRESSED_NRM.append(p)
        lines.append("nrm_referrals_children,%s,[c]" % p)
    else:
        lines.append("nrm_referrals_children,%s,%d" % (p, v))
write("quarterly_returns.csv", lines)

# partnership_quarterly.csv — wide, quarterly; two small baby counts shown as "*"
lines = ["period,serious_incidents_babies,rapid_reviews,bitesize_briefing_attendees"]
for k, p in enumerate(QLABELS):
    sib = "*" if p in SUPPRESSED_BABIES else str(S["serious_incidents_babies"][k])
    lines.append("%s,%s,%d,%d" % (p, sib, S["rapid_reviews"][k], S["bitesize_briefing_attendees"][k]))
write("partnership_quarterly.csv", lines)

# partnership_activity.csv — wide, monthly
cols = ["website_page_views", "website_users", "briefing_7min_page_views",
        "professional_escalations", "training_attendees"]
lines = ["period," + ",".join(cols)]
for i, p in enumerate(MLABELS):
    lines.append(p + "," + ",".join(v_or(S[c][i]) for c in cols))
write("partnership_activity.csv", lines)

# momo.csv — long, monthly
lines = ["indicator,period,value"]
for i, p in enumerate(MLABELS):
    lines.append("momo_statements,%s,%d" % (p, momo[i]))
write("momo.csv", lines)

# practitioner_survey.csv — long, survey waves; percentages written with "%"
lines = ["indicator,period,value,note"]
for name, v21, v23, text in SURVEY:
    lines.append("%s,2021,%d%%,%s" % (name, v21, q(text)))
    lines.append("%s,2023,%d%%," % (name, v23))
lines.append("survey_respondents,2021,%d,Section 11 practitioner survey" % SURVEY_RESPONDENTS[2021])
lines.append("survey_respondents,2023,%d," % SURVEY_RESPONDENTS[2023])
write("practitioner_survey.csv", lines)

# Suppression must stay "a few", and never touch the annual-report series.
assert 1 <= len(SUPPRESSED_CSE) <= 5, SUPPRESSED_CSE
assert 1 <= len(SUPPRESSED_NRM) <= 4, SUPPRESSED_NRM

if __name__ == "__main__":
    print("wrote %d files to %s" % (14, OUT))
    print("suppressed cse_referrals:", ", ".join(SUPPRESSED_CSE))
    print("suppressed nrm_referrals_children:", ", ".join(SUPPRESSED_NRM))
