#!/usr/bin/env python3
"""Generates a Casebook project of N realistic cases, shaped like the shipped seed case.

Each case is a bundle with a case file and two or three source documents (5-15 KB) whose text is the
shipped documents' text with other names, places, dates and citations; defenders are shared between
cases; cases are spread over 30 countries. Mandates, organizations and the instrument library are
copied from the shipped content. Usage: generate-corpus.py N OUTPUT_FOLDER [--seed S]
"""
import argparse, os, random, re, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "content")
CASE = os.path.join(CONTENT, "cases", "serzhan-sekerbayeva-shymkent-2021")
COUNTRIES = ["KAZ", "KGZ", "UZB", "TJK", "TKM", "RUS", "BLR", "UKR", "AZE", "ARM", "GEO", "TUR", "IRN", "EGY", "SAU",
             "BHR", "MEX", "COL", "GTM", "HND", "NIC", "VEN", "BRA", "PHL", "VNM", "KHM", "MMR", "CHN", "IND", "PAK",
             "BGD", "NGA", "CMR", "COD", "ZWE"]
FIRST = ["Aigerim", "Dana", "Marat", "Olga", "Javier", "Lucia", "Amina", "Farid", "Nadia", "Tomas", "Leila", "Samir",
         "Irina", "Pedro", "Mariam", "Yusuf", "Elena", "Carlos", "Zainab", "Dmitri", "Ana", "Omar", "Sofia", "Ibrahim"]
LAST = ["Akhmetova", "Bekova", "Ortega", "Ramirez", "Haddad", "Nazarova", "Mendoza", "Karimov", "Suleimenova",
        "Castillo", "Mansour", "Petrova", "Alvarez", "Rahman", "Volkova", "Torres", "Aziz", "Lopez", "Ismailova", "Diaz"]
VIOLATIONS = ["arbitrary detention", "physical attack", "harassment", "judicial harassment", "threats", "intimidation",
              "travel ban", "surveillance", "restrictions on freedom of association", "restrictions on freedom of expression",
              "restrictions on freedom of peaceful assembly", "enforced disappearance", "torture", "smear campaign"]
STATUSES = ["reply-awaited", "reply-received", "ongoing", "closed"]
EXTRA_CITATIONS = [
    "article 9 of the International Covenant on Civil and Political Rights",
    "articles 19 and 21 of the ICCPR", "article 7 of the ICCPR", "article 12 of the Declaration on Human Rights Defenders",
    "article 2 (3) of the ICCPR", "Human Rights Council resolution 43/16", "General Assembly resolution 68/181",
    "articles 1 and 2 of the Universal Declaration of Human Rights", "article 15 of the Convention against Torture",
    "article 13 of the Convention on the Rights of the Child", "A/HRC/40/60, para 12", "CCPR/C/GC/37, para 9",
]


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def split(text):
    _, front, body = text.split("---\n", 2)
    return front, body


def substitute(body, rng, names, place):
    old = ["Gulzada Serzhan", "Zhanar Sekerbayeva"]
    for index, full in enumerate(old):
        body = body.replace(full, names[index])
        body = body.replace(full.split()[1], names[index].split()[1])
    body = body.replace("Serzzhan", names[0].split()[1]).replace("Sekerbaeva", names[1].split()[1] + "a")
    body = body.replace("Shymkent", place)
    extra = " ".join(f"The authorities must respect {c}." for c in rng.sample(EXTRA_CITATIONS, 3))
    return body + "\n" + extra + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = os.path.abspath(args.output)
    if os.path.exists(out):
        shutil.rmtree(out)
    for folder in ["mandates", "organizations", "instruments"]:
        shutil.copytree(os.path.join(CONTENT, folder), os.path.join(out, "content", folder))
    letter_front, letter = split(read(os.path.join(CASE, "al-kaz-4-2021.md")))
    appeal_front, appeal = split(read(os.path.join(CASE, "obs-kaz-002-0621-obs-065.md")))
    _, narrative = split(read(os.path.join(CASE, "index.md")))
    defenders = []
    for index in range(max(2, args.count // 2)):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()) + f"-{index}"
        country = rng.choice(COUNTRIES)
        defenders.append((slug, name, country))
        path = os.path.join(out, "content", "defenders", slug + ".md")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"---\nname: \"{name}\"\ncountry: {country}\norganizations: [feminita]\nfocus: [women's rights]\n---\n\n"
                         f"{name} is a human rights defender.\n")
    for index in range(args.count):
        pair = rng.sample(defenders, 2)
        country = pair[0][2]
        year = 2011 + index % 15
        month, day = 1 + index % 12, 1 + index % 28
        date = f"{year}-{month:02d}-{day:02d}"
        slug = f"case-{index:06d}"
        place = rng.choice(["the capital", "Almaty", "Bishkek", "Lima", "Lagos", "Manila", "Cairo", "Yerevan"])
        names = [pair[0][1], pair[1][1]]
        folder = os.path.join(out, "content", "cases", slug)
        os.makedirs(folder)
        violations = ", ".join(f"\"{v}\"" for v in rng.sample(VIOLATIONS, 3))
        with open(os.path.join(folder, "index.md"), "w", encoding="utf-8") as handle:
            handle.write(f"---\ntitle: \"Case {index}: {names[0]} and {names[1]}\"\nsummary: \"{names[0]} and {names[1]} were attacked and detained in {place}.\"\n"
                         f"country: {country}\nplace: \"{place}\"\ndate: {date}\nstatus: {rng.choice(STATUSES)}\n"
                         f"defenders: [{pair[0][0]}, {pair[1][0]}]\norganizations: [feminita]\nviolations: [{violations}]\n"
                         f"mandates: [sr-human-rights-defenders, sr-freedom-of-expression]\n"
                         f"actions:\n  - \"Release {names[0]} and {names[1]}.\"\ntimeline:\n  - date: {date}\n    event: \"Arrest.\"\n---\n")
            handle.write(substitute(narrative, rng, names, place))
        reference = f"AL {country} {index % 9 + 1}/{year}"
        documents = [("letter", letter_front, letter, reference), ("appeal", appeal_front, appeal, f"{country} {index:06d} / OBS")]
        if index % 2 == 0:
            documents.append(("reply", letter_front, letter[: len(letter) // 2], f"REPLY {country} {index}/{year}"))
        for name, front, body, ref in documents:
            front = re.sub(r'reference: ".*"', f'reference: "{ref}"', front)
            front = re.sub(r"date: \d{4}-\d{2}-\d{2}", f"date: {date}", front)
            with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as handle:
                handle.write("---\n" + front + "---\n" + substitute(body, rng, names, place))
    print(f"wrote {args.count} cases, {len(defenders)} defenders into {out}")


if __name__ == "__main__":
    main()
