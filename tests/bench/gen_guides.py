#!/usr/bin/env python3
"""gen_guides.py [--short] N OUTDIR - write N invented negotiation guides for the benchmark.

Deterministic: the same N always gives the same bytes, and the first N guides
of a larger run are the guides of a smaller one (each guide has its own random
stream).  No network, standard library only.

Every company, role, figure and sentence is invented here from word lists and
templates; the guides follow the shape of the published format (front matter
with per-region bands, a band table, sections led by bold runs or headings,
quoted scripts with [placeholders], numbered levers, a block-quoted strategy
with the ask and floor per currency) at the size of a real one (8-11 KB).
"""

import json
import os
import random
import sys

SEED = 20260223

# --- names -----------------------------------------------------------------

CO_FIRST = [
    "Amber", "Basalt", "Cobalt", "Driftwood", "Ember", "Fjord", "Granite",
    "Halcyon", "Indigo", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus",
    "Onyx", "Pylon", "Quill", "Rookery", "Saffron", "Tundra", "Umber",
    "Vesper", "Willow", "Xylem", "Yarrow", "Zephyr", "Alder", "Bramble",
    "Cinder", "Dune", "Estuary", "Flint", "Gossamer", "Heron", "Iris",
    "Jetty", "Kelp", "Lichen", "Marlin", "Nettle",
]
CO_SECOND = [
    "Labs", "Systems", "Robotics", "Analytics", "Dynamics", "Works", "AI",
    "Cloud", "Bio", "Health", "Logistics", "Ledger", "Foundry", "Networks",
    "Data", "Security", "Games", "Mobility", "Energy", "Studio", "Compute",
    "Materials", "Maps", "Payments", "Audio",
]
ROLES = [
    "ML Engineer", "Senior ML Engineer", "ML/AI Engineer", "Research Engineer",
    "Research Scientist", "Applied Scientist", "Data Scientist",
    "Senior Data Scientist", "Data Engineer", "Analytics Engineer",
    "Software Engineer", "Senior Software Engineer", "Staff Software Engineer",
    "Principal Engineer", "Backend Engineer", "Senior Backend Engineer",
    "Frontend Engineer", "Full-Stack Engineer", "Mobile Engineer",
    "Site Reliability Engineer", "Platform Engineer", "Security Engineer",
    "Infrastructure Engineer", "Engineering Manager",
    "Senior Engineering Manager", "Product Manager", "Senior Product Manager",
    "Product Designer", "Solutions Architect", "Developer Advocate",
]
# Seniority factor for the bands, by a word in the role.
def role_factor(role):
    if "Principal" in role or "Senior Engineering" in role:
        return 1.45
    if "Staff" in role or ("Manager" in role and "Product" not in role):
        return 1.3
    if "Senior" in role or "Research" in role:
        return 1.15
    return 1.0

# region, alias used in prose (or None), currency, base_low of a level-1.0
# role in whole units, rounding step.
CITIES = [
    ("Paris", None, "EUR", 70000, 1000),
    ("Berlin", None, "EUR", 68000, 1000),
    ("Amsterdam", "AMS", "EUR", 72000, 1000),
    ("Munich", None, "EUR", 74000, 1000),
    ("Madrid", None, "EUR", 52000, 1000),
    ("Dublin", None, "EUR", 75000, 1000),
    ("Lisbon", None, "EUR", 45000, 1000),
    ("New York", "NYC", "USD", 165000, 1000),
    ("San Francisco", "SF", "USD", 175000, 1000),
    ("Seattle", None, "USD", 160000, 1000),
    ("Austin", None, "USD", 140000, 1000),
    ("Boston", None, "USD", 150000, 1000),
    ("London", None, "GBP", 85000, 1000),
    ("Edinburgh", None, "GBP", 65000, 1000),
    ("Zurich", "ZRH", "CHF", 150000, 1000),
    ("Geneva", None, "CHF", 140000, 1000),
    ("Tokyo", None, "JPY", 11000000, 100000),
    ("Osaka", None, "JPY", 9000000, 100000),
    ("Singapore", "SG", "SGD", 120000, 1000),
    ("Toronto", None, "CAD", 130000, 1000),
    ("Vancouver", None, "CAD", 125000, 1000),
    ("Sydney", None, "AUD", 150000, 1000),
    ("Stockholm", None, "SEK", 700000, 10000),
]
PREFIX = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF ",
          "SGD": "S$", "CAD": "CA$", "AUD": "A$", "SEK": "SEK "}

DNA_TRAITS = [
    "Pre-IPO Equity + Moderate Base", "Cash-First Offer", "Equity-Weighted Offer",
    "Public RSUs + Annual Bonus", "Small Option Pool", "Late-Stage Tender Offers",
    "High Base + Thin Equity", "Refresh-Heavy Grants", "Founder-Led Hiring",
    "Research Culture", "Platform Moat", "Regulated Market", "Hardware Margins",
    "Developer Ecosystem", "Enterprise Contracts", "Consumer Scale",
    "Two-Sided Marketplace", "Open Core Business", "Government Customers",
    "Fast Promotion Cycle", "Remote-Friendly Teams", "Multi-Hub Engineering",
]
PRODUCTS = [
    "inference platform", "feature store", "payments ledger", "model registry",
    "routing engine", "search stack", "recommendation service",
    "data warehouse", "observability suite", "robot fleet software",
    "compiler toolchain", "identity service", "mapping pipeline",
    "evaluation harness", "training cluster scheduler", "fraud models",
    "clinical data platform", "game server backend", "battery analytics",
    "speech models",
]
SOURCES = [
    "Levels.fyi", "Glassdoor", "Blind", "TeamBlind", "Crunchbase", "LinkedIn",
    "Recruiter calls", "Candidate reports", "Public filings", "Pave",
    "Carta benchmarks", "Hired salary report",
]
PLACEHOLDERS = [
    "[X years]", "[project name]", "[N users]", "[peer company]", "[amount]",
    "[team size]", "[metric]", "[start date]", "[current employer]",
    "[system you built]", "[N requests/day]", "[paper or talk]",
    "[open-source repo]", "[X% latency cut]", "[launch]", "[manager's name]",
    "[competing company]", "[level]", "[N engineers]", "[product area]",
]

# --- prose templates (written for this benchmark) ------------------------------

DNA_SENTENCES = [
    "{co} hires {role_pl} to own its {product}, and the people in this seat decide how fast the rest of the company can ship.",
    "The company is {stage}, which shapes every offer: the cash is {cash_word} and the equity carries most of the upside.",
    "Recruiters here start below the middle of the band and expect a counter; the first number is rarely the last one.",
    "Hiring managers have more say than the recruiter about level, so the level conversation belongs with them.",
    "Offers in {city} are set by a compensation committee that meets weekly, which means a counter costs a few days, not a few weeks.",
    "Equity vests over four years with a one-year cliff, and refreshers are granted after each annual review.",
    "The team behind the {product} is small, and a strong hire changes its roadmap, which is the argument to lead with.",
    "Candidates who can point to shipped work on a system like the {product}, at similar scale, get moved to the top of the band more often than not.",
    "Because the company competes with {peer} and {peer2} for the same people, a written competing offer moves the numbers quickly.",
    "Sign-on cash is the easiest thing for the recruiter to approve; base above the band needs a director's signature.",
    "Bands were last revised in {quarter}, and the recruiters know they lag the market in the hubs that grew fastest.",
    "The {product} is central to the next funding round, so the people who build it are treated as a priority hire.",
    "Expect a verbal offer first and a written one two or three days later; hold your counter until the numbers are on paper.",
    "Relocation is paid as a lump sum rather than reimbursed, so ask for it as a number and compare it with your real costs.",
    "The company values its stock at the last preferred price, which flatters the grant; discount it in your own arithmetic.",
    "Managers here are measured on time to fill, so a clear decision date in your counter tends to speed things up.",
    "Most of the engineering org sits in {city}, and people hired there get the broadest choice of teams.",
    "Performance reviews happen twice a year and promotions are decided at the second one, which matters for the first refresher.",
    "A candidate who names the level they expect, with evidence, rarely gets placed below it.",
    "The bonus is paid against company goals that have been met in most recent years, but it is not guaranteed in writing.",
]
LEVEL_SENTENCES = [
    "{co} {role} corresponds to {level} at a large public tech company and to a senior individual contributor at most scale-ups.",
    "Ask early which internal level the offer is written at; the title alone does not tell you.",
    "The band for the level above overlaps this one by about a fifth, so a strong case for the top of this band is also a case for the next level.",
    "Internal levels run from one to seven here, and this role is usually hired at four or five.",
    "Compare the scope, not the title: a lead title at {peer} often maps to the middle of this band.",
    "If the interview loop included a system design round at the senior bar, say so when the level comes up.",
]
SCRIPT_INTROS = [
    "When the recruiter asks for your expectations, anchor on the work rather than your current pay:",
    "If the first offer lands in the lower half of the band, answer with the scope you will own:",
    "Use this when the hiring manager asks why you should be placed at the top of the level:",
    "A way to open the equity conversation without sounding like you are only there for the stock:",
    "When a competing process is further along, say so plainly and give a date:",
]
SCRIPTS = [
    "I've spent [X years] building {product_a} systems, most recently [project name] at [current employer], which serves [N users]. I'd like the offer to reflect that I can own the {product} from the first month, so I'm looking at the top of the band for {city}.",
    "I'm excited about the {product} and the team. I have another process with [competing company] that should close by [start date], so I'd like to understand how much room there is on base and equity before then.",
    "At [current employer] I led [team size] engineers on [project name] and cut [metric] by [X% latency cut]. That's the same problem your {product} has, and I'd like the level and the grant to match that scope.",
    "The equity is the part of this offer I care most about, because I expect to stay for the long run. Could we look at a grant closer to [amount], with a refresh after the first review?",
    "I understand base is tight this cycle. A sign-on of [amount] would cover the bonus I'd leave behind at [current employer] and lets us close this week.",
    "My current total is [amount] a year, and I'd rather not take a step back to join. If the base stays where it is, can the equity make up the difference over four years?",
]
LEVER_TITLES = [
    ("Equity Maximization + Agentic AI Premium", "premium"),
    ("Agentic AI Premium", "premium"),
    ("Competing Offer Framing", "competing"),
    ("Competing Offer Framing", "competing"),
    ("Level Calibration", "plain"),
    ("Sign-On Bridge", "plain"),
    ("Refresh Guarantee", "plain"),
    ("Start Date Leverage", "plain"),
    ("Remote Flexibility", "plain"),
    ("Team Choice", "plain"),
]
LEVER_PLAIN = {
    "Level Calibration": "My interviews covered the design bar for [level], and at [current employer] I already own work at that scope. I'd like the offer written at that level rather than adjusted later.",
    "Sign-On Bridge": "Leaving now means giving up [amount] of unvested stock and a bonus due in [start date]. A sign-on that covers most of that makes the move possible for me.",
    "Refresh Guarantee": "Because the first grant front-loads my equity, I'd like a written refresh after the first review of at least half the initial grant, so year five does not fall off a cliff.",
    "Start Date Leverage": "I can start on [start date] if we settle this week. Later than that, my current team's [launch] will keep me another quarter.",
    "Remote Flexibility": "I'd accept the band for [product area] if two remote weeks a month are written into the offer; that matters more to me than a few thousand on base.",
    "Team Choice": "I'd like to join the {product} team specifically. If that's agreed in writing, I can be more flexible on the equity number.",
}
PREMIUM_LEVER = "I've built [system you built], an agent that calls tools and plans over many steps, running at [N requests/day]. Skills like that are scarce, and I'd like the {pct} agentic premium added on top of the equity grant rather than folded into it."
COMPETING_LEVER = "[competing company] has offered me {base} base with {eq}/year in equity, which is {total} over four years. I'd rather build the {product} with you, but the equity here needs to reach {want} to close that gap."
STRATEGY_OPEN = [
    "I want to build the {product} with this team, and I'd like to settle this quickly.",
    "This is the role I want, and I'm ready to sign once the numbers are right.",
    "I've compared the offers side by side and this is the one I'd pick on the work alone.",
]
STRATEGY_CLOSE = [
    "Below that, the gap to my other options is too wide to justify the move.",
    "Under those numbers I would have to stay where I am, which I'd rather not do.",
    "Anything less and the risk of the illiquid grant is not worth it for me.",
]
EXTRA_ASKS = [
    "a written refresh after the first review", "double-trigger acceleration",
    "a conference and training budget", "relocation paid as a lump sum",
    "the first year's bonus guaranteed at target", "an extra week of leave",
    "a home-office allowance", "an early exercise option",
]
PROCESS_SENTENCES = [
    "The loop usually ends with a call from the hiring manager, who can move faster than the recruiter on level.",
    "Written offers expire after a week; ask for two if you have another process running.",
    "Counter once, in writing, with every ask in the same message; piecemeal asks read as indecision.",
    "Keep the competing offer letter at hand: the recruiter will ask for the numbers, not the document.",
    "If the recruiter says the band is fixed, ask which part of it is fixed: base, equity and sign-on rarely all are.",
    "A verbal yes on the phone is not an offer; wait for the revised letter before resigning.",
    "The equity number in the letter is a value, not a share count; ask for both and for the price used.",
    "Relocation, sign-on and start date are the cheapest things to move at the end of the process.",
    "Teams that are behind on hiring plans have more room than the recruiter first admits.",
    "Ask what the last three hires at this level received; recruiters often answer in ranges.",
]
EQUITY_SENTENCES = [
    "A grant quoted as a value hides the share price it was converted at; ask for the share count and the price.",
    "Private-company equity is illiquid until a sale, a listing or a tender offer, so weigh it below cash of the same face value.",
    "Check whether the grant vests monthly or quarterly after the cliff; the difference adds up when you leave mid-year.",
    "A refresher policy matters more than the size of the first grant for anyone planning to stay past year four.",
    "Ask whether options can be exercised early and how long the exercise window lasts after leaving.",
    "Tender offers have happened here before, but the company sets the price and the amount each person may sell.",
    "If the equity is in options, the strike price decides what they are worth; a grant at a high strike is worth much less.",
    "Double-trigger acceleration protects unvested equity if the company is bought and your role disappears.",
    "The last preferred price is set for investors with better terms than yours; a common-stock discount is fair in your own sums.",
    "Grants in {city} are set in the local currency at the exchange rate on the grant date, so a moving rate moves the number.",
]
QUESTIONS = [
    "Which internal level is the offer written at, and what is its band?",
    "How many shares does the grant hold, and at what price was it converted?",
    "When was the last refresher cycle, and what did people at this level receive?",
    "Is the bonus paid on company goals, personal goals or both?",
    "Can the start date move by a month without changing the offer?",
    "Is relocation paid as a lump sum or reimbursed against receipts?",
    "Who approves an exception above the band, and how long does it take?",
    "Does the sign-on have to be paid back if I leave in the first year?",
    "How long is the post-termination exercise window for options?",
    "Which team would I join first, and can that change after onboarding?",
    "How often are the bands for {city} reviewed?",
    "What share of people at this level were promoted in the last cycle?",
]
STAGES = ["pre-IPO", "a late-stage private company", "listed on a stock exchange",
          "a Series B start-up", "a profitable private company"]
CASH_WORDS = ["competitive", "middle of the market", "a little under the market",
              "strong for the region"]


def fmt_num(v, div, suffix):
    s = ("%.2f" % (v / div)).rstrip("0").rstrip(".")
    return s + suffix


def money(v, cur):
    """Short form as guides write it: €88K, $1.19M, ¥12M, CHF 210K."""
    if v >= 1000000:
        n = fmt_num(v, 1000000.0, "M")
    elif v >= 1000:
        n = fmt_num(v, 1000.0, "K")
    else:
        n = str(v)
    return PREFIX[cur] + n


def rnd(v, step):
    return int(round(v / step)) * step


class Ctx:
    pass


def make_band(rng, city, factor):
    name, alias, cur, base, step = city
    b = {"region": name, "alias": alias, "currency": cur}
    scale = factor * rng.uniform(0.85, 1.2)
    # Steps of 10 units of the rounding step keep bonus and totals whole.
    bstep = step * 10
    b["base_low"] = rnd(base * scale, bstep)
    b["base_high"] = rnd(b["base_low"] * rng.uniform(1.2, 1.4), bstep)
    sstep = step * 4
    b["stock_low"] = rnd(b["base_low"] * rng.uniform(0.4, 2.0), sstep)
    b["stock_high"] = rnd(b["stock_low"] * rng.uniform(1.4, 2.0), sstep)
    b["bonus_pct"] = rng.choice([None, None, 5, 8, 10, 12, 15, 20])
    pct = b["bonus_pct"] or 0
    b["total_low"] = b["base_low"] + b["stock_low"] // 4 + b["base_low"] * pct // 100
    b["total_high"] = b["base_high"] + b["stock_high"] // 4 + b["base_high"] * pct // 100
    # The ask sits in the upper half of the band; the floor in the lower.
    lo, hi = b["base_low"], b["base_high"]
    b["ask_base"] = rnd(lo + (hi - lo) * rng.uniform(0.7, 0.95), step)
    b["floor_base"] = rnd(lo + (hi - lo) * rng.uniform(0.15, 0.45), step)
    slo, shi = b["stock_low"], b["stock_high"]
    b["ask_eq"] = rnd(slo + (shi - slo) * rng.uniform(0.75, 0.98), step * 5)
    b["floor_eq"] = rnd(slo + (shi - slo) * rng.uniform(0.2, 0.5), step * 5)
    b["sign_on"] = rnd(lo * rng.uniform(0.08, 0.2), step)
    b["step"] = step
    return b


def null_band(region):
    return {"region": region, "alias": None, "currency": "USD", "null": True}


def yaml_num(v):
    return "null" if v is None else str(v)


def front_matter(c):
    out = ["---"]
    out.append("company: " + c.company)
    out.append("company_display: " + c.co)
    out.append("role: " + c.role_slug)
    out.append("role_display: " + c.role)
    out.append("role_type: standard")
    out.append("last_updated: " + c.updated)
    out.append("data_quality: " + c.quality)
    out.append("salary_data_quarter: " + c.quarter)
    out.append("next_review_due: " + c.review)
    out.append("compensation:")
    for b in c.bands:
        fields = []
        if b.get("null"):
            vals = [None] * 7
        else:
            vals = [b["base_low"], b["base_high"], b["stock_low"], b["stock_high"],
                    b["bonus_pct"], b["total_low"], b["total_high"]]
        keys = ["base_low", "base_high", "stock_low", "stock_high", "bonus_pct",
                "total_comp_low", "total_comp_high"]
        for k, v in zip(keys, vals):
            fields.append("%s: %s" % (k, yaml_num(v)))
        cur = "currency: " + b["currency"]
        if c.currency_first:
            fields.insert(0, cur)
        else:
            fields.append(cur)
        out.append("  - region: " + b["region"])
        out.extend("    " + f for f in fields)
    out.append("level_mapping:")
    out.append("  internal: " + (json.dumps(c.internal) if c.internal else "null"))
    out.append("  raw: " + json.dumps(c.level_raw, ensure_ascii=False))
    out.append("data_sources:")
    out.extend("  - " + s for s in c.sources)
    out.append("negotiation_dna_summary: " + json.dumps(c.dna_line, ensure_ascii=False))
    out.append("---")
    return "\n".join(out) + "\n"


def fill(rng, template, c):
    peers = rng.sample(c.peers, 2)
    return template.format(
        co=c.co, role=c.role, role_pl=c.role + "s", product=c.product,
        product_a=rng.choice(PRODUCTS), city=c.home["region"], peer=peers[0],
        peer2=peers[1], quarter=c.quarter, stage=c.stage, cash_word=c.cash_word,
        level=c.level_word, pct=c.pct_words)


def draw(rng, c, pool):
    """The next template of a pool, without repeats until it runs out."""
    deck = c.decks.get(id(pool))
    if not deck:
        deck = list(pool)
        rng.shuffle(deck)
        c.decks[id(pool)] = deck
    return deck.pop()


def paragraph(rng, pool, n, c):
    return " ".join(fill(rng, draw(rng, c, pool), c) for _ in range(n))


def section(c, title):
    if c.headings:
        return "%s %s\n\n" % (c.heading_mark, title)
    return "**%s**\n" % title


def quote(c, text):
    return c.q_open + text + c.q_close


def band_range(b, lo, hi):
    return "%s–%s" % (money(b[lo], b["currency"]), money(b[hi], b["currency"]))


def table(c):
    rows = ["| Region | Base Salary | Equity (%s/4yr) | Bonus | Total Comp |" % c.equity_kind,
            "|--------|-------------|---------------------|-------|------------|"]
    home = c.home["alias"] or c.home["region"]
    for b in c.bands:
        if b.get("null"):
            rows.append("| %s | Varies by location (%d–100%% of %s) | Same equity grant | — | Varies by geo band |"
                        % (b["region"], c.remote_pct, home))
            continue
        bonus = "—" if b["bonus_pct"] is None else "%d%% of base" % b["bonus_pct"]
        rows.append("| %s | %s | %s | %s | %s |" % (
            b["region"], band_range(b, "base_low", "base_high"),
            band_range(b, "stock_low", "stock_high"), bonus,
            band_range(b, "total_low", "total_high")))
    return "\n".join(rows) + "\n"


def slash(c, key):
    return " / ".join(money(b[key], b["currency"]) for b in c.numbered)


def lever_text(rng, c, kind, title, band):
    if kind == "premium":
        return fill(rng, PREMIUM_LEVER, c)
    if kind == "competing":
        cur = band["currency"]
        base = rnd(band["base_high"] * rng.uniform(1.0, 1.15), band["step"])
        eq = rnd(band["stock_high"] / 4 * rng.uniform(1.1, 1.6), band["step"])
        total = 4 * base + 4 * eq
        t = COMPETING_LEVER.format(base=money(base, cur), eq=money(eq, cur),
                                   total=money(total, cur),
                                   want=money(band["ask_eq"], cur) + "+",
                                   product=c.product)
        return t
    return fill(rng, LEVER_PLAIN[title], c)


def levers(rng, c):
    n = rng.randint(3, 6)
    picks = []
    competing = list(c.numbered)
    rng.shuffle(competing)
    pool = list(LEVER_TITLES)
    rng.shuffle(pool)
    for title, kind in pool:
        if len(picks) == n:
            break
        if kind == "premium" and not c.premium:
            continue
        band, base_title = None, title
        if kind == "competing":
            if not competing:
                continue
            band = competing.pop()
            name = band["alias"] if band["alias"] and rng.random() < 0.6 else band["region"]
            title = "%s (%s)" % (title, name)
        elif kind == "plain" and len(c.numbered) > 1 and rng.random() < 0.3:
            b = rng.choice(c.numbered)
            title = "%s (%s)" % (title, b["region"])
        picks.append((title, base_title, kind, band))
    lines = []
    for i, (title, base_title, kind, band) in enumerate(picks, 1):
        text = lever_text(rng, c, kind, base_title, band)
        lines.append("%d. **%s:** %s" % (i, title, quote(c, text)))
    return "\n".join(lines) + "\n"


def strategy(rng, c):
    parts = [fill(rng, rng.choice(STRATEGY_OPEN), c)]
    incl = ""
    if c.premium and c.premium_included:
        incl = " (inclusive of the Agentic AI Premium)"
    parts.append("My ask is %s base with %s equity over four years%s."
                 % (slash(c, "ask_base"), slash(c, "ask_eq"), incl))
    if c.premium and not c.premium_included:
        parts.append("On top of that, the %s Agentic AI Premium applies to the equity for my agent work." % c.pct_words)
    if len(c.numbered) > 1:
        names = [b["region"] for b in c.numbered]
        parts.append("The figures are for %s and %s, in that order." %
                     (", ".join(names[:-1]), names[-1]))
    parts.append("My accept-at floor is %s base with %s equity." %
                 (slash(c, "floor_base"), slash(c, "floor_eq")))
    parts.append(fill(rng, rng.choice(STRATEGY_CLOSE), c))
    asks = rng.sample(EXTRA_ASKS, rng.randint(2, 4))
    asks.insert(rng.randint(0, len(asks)), "a signing bonus of " + slash(c, "sign_on"))
    parts.append("Additional asks: " + ", ".join(
        "(%d) %s" % (i, a) for i, a in enumerate(asks, 1)) + ".")
    title = rng.choice(["Negotiate Up Strategy", "Counter-Offer Strategy", "Closing Strategy"])
    return "> **%s:** %s\n" % (title, quote(c, " ".join(parts)))


def short_body(rng, c):
    """The body's head only: title, DNA line, band table and strategy
    (--short: a library for a test, written in a third of the time)."""
    mark = rng.choice(["#", "##", "###"])
    return "%s %s | %s Negotiation Guide\n\n**Negotiation DNA:** %s\n\n%s\n%s" % (
        mark, c.role, c.co, c.dna_line, table(c),
        strategy(rng, c) if c.numbered else "")


def body(rng, c):
    out = []
    mark = rng.choice(["#", "##", "###"])
    out.append("%s %s | %s %s\n\n" % (mark, c.role, c.co, rng.choice(
        ["Global Negotiation Guide", "Negotiation Guide", "Offer Playbook"])))
    out.append("**Negotiation DNA:** %s\n\n" % c.dna_line)
    out.append(table(c) + "\n")
    target = rng.randint(7200, 9400)

    dna = [paragraph(rng, DNA_SENTENCES, rng.randint(6, 9), c)]
    if c.premium:
        dna[0] += (" The **%s Agentic AI Premium** applies on top of the equity grant for candidates who have shipped agent systems that plan and call tools."
                   % c.pct_words)
    level = paragraph(rng, LEVEL_SENTENCES, rng.randint(3, 5), c)
    def script():
        return (draw(rng, c, SCRIPT_INTROS) + "\n\n" +
                quote(c, fill(rng, draw(rng, c, SCRIPTS), c)))
    scripts = [script(), script()]
    equity = [paragraph(rng, EQUITY_SENTENCES, rng.randint(2, 4), c)]
    questions = [fill(rng, draw(rng, c, QUESTIONS), c) for _ in range(rng.randint(3, 5))]
    process = [paragraph(rng, PROCESS_SENTENCES, rng.randint(3, 5), c)]
    lev = levers(rng, c)
    strat = strategy(rng, c) if c.numbered else ""
    sources = "".join("- %s: %s figures for %s roles (%s)\n" % (
        s, rng.choice(["offer", "band", "level", "equity"]), c.role, c.quarter)
        for s in c.sources)

    def render():
        t = []
        t.append(section(c, "Negotiation DNA") + "\n\n".join(dna) + "\n\n")
        if c.headings:
            t.append(section(c, "Level Mapping") + level + "\n\n")
        else:
            t.append("**Level Mapping:** " + level + "\n\n")
        t.append(section(c, rng_title) + "\n\n".join(scripts) + "\n\n")
        t.append(section(c, "Timing and Process") + "\n\n".join(process) + "\n\n")
        t.append(section(c, "Reading the Equity") + "\n\n".join(equity) + "\n\n")
        t.append(section(c, "Questions for the Recruiter") +
                 "".join("- %s\n" % q for q in questions) + "\n")
        t.append(section(c, "Global Levers") + lev + "\n")
        if strat:
            t.append(strat + "\n")
        t.append(section(c, "Evidence & Sources") + sources)
        return "".join(t)

    rng_title = rng.choice(["The Scope Script", "Anchoring Scripts", "What to Say",
                            "Opening the Conversation"])
    text = render()
    # Grow to a realistic size with more prose, alternating sections.
    while len((("".join(out)) + text).encode()) < target:
        which = rng.randint(0, 4)
        if which == 0:
            dna.append(paragraph(rng, DNA_SENTENCES, rng.randint(3, 5), c))
        elif which == 1:
            process.append(paragraph(rng, PROCESS_SENTENCES, rng.randint(2, 4), c))
        elif which == 2:
            equity.append(paragraph(rng, EQUITY_SENTENCES, rng.randint(2, 4), c))
        elif which == 3 and len(questions) < len(QUESTIONS):
            questions.append(fill(rng, draw(rng, c, QUESTIONS), c))
        else:
            scripts.append(script())
        text = render()
    return "".join(out) + text


def date_add_months(y, m, d, k):
    m += k
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return "%04d-%02d-%02d" % (y, m, d)


def guide(i, company_idx, role_idx, out_dir, short=False):
    rng = random.Random(SEED * 1000003 + i)
    c = Ctx()
    first, second = CO_FIRST[company_idx // len(CO_SECOND)], CO_SECOND[company_idx % len(CO_SECOND)]
    c.co = "%s %s" % (first, second)
    c.company = c.co.lower().replace(" ", "-")
    c.role = ROLES[role_idx]
    c.role_slug = c.role.lower().replace("/", "-").replace(" ", "-")
    c.decks = {}
    c.product = rng.choice(PRODUCTS)
    c.peers = ["%s %s" % (rng.choice(CO_FIRST), rng.choice(CO_SECOND)) for _ in range(4)]
    c.stage = rng.choice(STAGES)
    c.cash_word = rng.choice(CASH_WORDS)
    c.level_word = rng.choice(["L4", "L5", "L6", "E5", "IC4", "IC5", "Senior II"])
    c.internal = rng.choice([None, None, c.level_word, "Level %d" % rng.randint(3, 6)])

    y, m = rng.choice([2025, 2026]), rng.randint(1, 12)
    if y == 2026:
        m = min(m, 3)
    d = rng.randint(1, 28)
    c.updated = "%04d-%02d-%02d" % (y, m, d)
    c.review = date_add_months(y, m, d, rng.choice([3, 6, 12]))
    c.quarter = "%d-Q%d" % (y if m > 3 else y - 1, ((m - 1) // 3 + 3) % 4 + 1)
    c.quality = rng.choice(["high", "high", "medium", "low"])

    n = rng.choice([1, 2, 2, 3, 3, 3, 4, 5, 6])
    cities = rng.sample(CITIES, n)
    factor = role_factor(c.role)
    c.bands = [make_band(rng, city, factor) for city in cities]
    c.home = c.bands[0]
    if rng.random() < 0.25:
        c.bands.append(null_band(rng.choice(["Remote Global", "Remote EMEA", "Remote Americas"])))
    c.numbered = [b for b in c.bands if not b.get("null")]
    c.remote_pct = rng.choice([60, 65, 70, 75])
    c.currency_first = rng.random() < 0.4
    c.equity_kind = rng.choice(["Pre-IPO", "RSUs", "Options"])

    c.premium = rng.random() < 0.7
    lo = rng.choice([10, 15, 20, 25])
    hi = lo + rng.choice([10, 15])
    dash = rng.choice(["--", "–", " to ", "-"])
    c.pct_words = "+%d%s%d%%" % (lo, "–" if dash != " to " else " to ", hi)
    c.premium_included = rng.random() < 0.6
    traits = rng.sample(DNA_TRAITS, 3)
    c.dna_line = " | ".join(traits)
    if c.premium:
        c.dna_line += " | **+%d%s%d%% AGENTIC AI PREMIUM**" % (lo, dash, hi)
    c.level_raw = paragraph(rng, LEVEL_SENTENCES, 2, c)
    c.sources = rng.sample(SOURCES, rng.randint(3, 6))

    c.headings = rng.random() < 0.4
    c.heading_mark = rng.choice(["##", "###"])
    c.q_open, c.q_close = rng.choice([('"', '"'), ('"', '"'), ("“", "”")])

    text = front_matter(c) + (short_body if short else body)(rng, c)
    ext = rng.choice([".md"] * 8 + [".txt", ".markdown"])
    if rng.random() < 0.05:
        text = text.replace("\n", "\r\n")
    name = "%s--%s%s" % (c.company, c.role_slug, ext)
    with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main(argv):
    # --short: the same front matter, a body of its head only (the
    # files differ from a full run's from the body on).
    short = len(argv) > 1 and argv[1] == "--short"
    if short:
        argv = argv[:1] + argv[2:]
    if len(argv) != 3:
        sys.stderr.write("usage: gen_guides.py [--short] N OUTDIR\n")
        return 2
    try:
        n = int(argv[1])
    except ValueError:
        n = -1
    pairs = len(CO_FIRST) * len(CO_SECOND) * len(ROLES)
    if n < 0 or n > pairs:
        sys.stderr.write("gen_guides.py: N must be 0..%d\n" % pairs)
        return 2
    os.makedirs(argv[2], exist_ok=True)
    # One fixed order of unique (company, role) pairs; a run takes a prefix.
    order = list(range(pairs))
    random.Random(SEED).shuffle(order)
    for i in range(n):
        p = order[i]
        guide(i, p // len(ROLES), p % len(ROLES), argv[2], short)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
