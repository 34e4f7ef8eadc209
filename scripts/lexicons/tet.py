"""Generate src/lexicons/tet.tsv: the Gregorian date of the first day of Tết (the lunar new
year, "mùng 1 Tết") in Vietnam for every year 1900–2100, which the extractor needs to give
"mùng 6 Tết", "mồng 2 Tết Đinh Dậu" a calendar value.

Source: the astronomical algorithm of Hồ Ngọc Đức ("Âm lịch Việt Nam", 2004, public; after Jean
Meeus, "Astronomical Algorithms", 1998): new moons and the sun's longitude computed for the
meridian of Vietnam (UTC+7), the eleventh month holding the winter solstice, a leap month the
first without a major solar term. The Vietnamese calendar is reckoned at UTC+7, so some years
differ from the Chinese (UTC+8) one: 1985 (21 January, not 20 February), 2007 (17 February, not
18). Standard library only; nothing is installed.

    python3 scripts/lexicons/tet.py
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, write_tsv  # noqa: E402

TIME_ZONE = 7.0
FIRST, LAST = 1900, 2100


def jd_from_date(dd, mm, yy):
    a = (14 - mm) // 12
    y = yy + 4800 - a
    m = mm + 12 * a - 3
    jd = dd + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    if jd < 2299161:
        jd = dd + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return jd


def date_from_jd(jd):
    if jd > 2299160:
        a = jd + 32044
        b = (4 * a + 3) // 146097
        c = a - (b * 146097) // 4
    else:
        b = 0
        c = jd + 32082
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = b * 100 + d - 4800 + m // 10
    return year, month, day


def new_moon(k):
    """Julian day number (local) of the k-th new moon after 1 January 1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    jd_new = jd1 + c1 - deltat
    return math.floor(jd_new + 0.5 + TIME_ZONE / 24)


def sun_longitude(jdn):
    """The sun's longitude at local midnight starting day `jdn`, as one of 12 sectors (0–11)."""
    t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon = lon - math.pi * 2 * math.floor(lon / (math.pi * 2))
    if lon < 0:
        lon += 2 * math.pi
    return math.floor(lon / math.pi * 6)


def lunar_month_11(yy):
    """Julian day of the start of the eleventh lunar month of Gregorian year `yy` (the month
    holding the winter solstice)."""
    off = jd_from_date(31, 12, yy) - 2415021
    k = math.floor(off / 29.530588853)
    nm = new_moon(k)
    if sun_longitude(nm) >= 9:
        nm = new_moon(k - 1)
    return nm


def leap_month_offset(a11):
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    last = 0
    i = 1
    arc = sun_longitude(new_moon(k + i))
    while True:
        last = arc
        i += 1
        arc = sun_longitude(new_moon(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


def tet(year):
    """(month, day) of the first day of the first lunar month of lunar year `year`."""
    a11 = lunar_month_11(year - 1)
    b11 = lunar_month_11(year)
    k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    off = 2  # month 1 is two months after month 11
    if b11 - a11 > 365:
        # a leap year: the leap month may come between month 11 and month 1
        leap_off = leap_month_offset(a11)
        if leap_off <= off:
            off += 1
    jd = new_moon(k + off)
    y, m, d = date_from_jd(jd)
    assert y == year, (year, y, m, d)
    return m, d


def main():
    known = {1900: (1, 31), 1985: (1, 21), 2007: (2, 17), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
             2020: (1, 25), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17)}
    rows = []
    for y in range(FIRST, LAST + 1):
        m, d = tet(y)
        if y in known and known[y] != (m, d):
            sys.exit(f"tet.py: {y} computed {m}-{d}, known {known[y]}")
        rows.append([str(y), f"{m:02}-{d:02}"])
    write_tsv(
        os.path.join(OUT_DIR, "tet.tsv"),
        [
            "Generated by scripts/lexicons/tet.py: the first day of Tết (mùng 1 Tết) in Vietnam,",
            f"{FIRST}-{LAST}, by Hồ Ngọc Đức's astronomical algorithm at UTC+7 (see the script).",
        ],
        ["year", "month_day"],
        rows,
    )


if __name__ == "__main__":
    main()
