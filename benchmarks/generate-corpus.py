#!/usr/bin/env python3
"""Generates a Casebook project of N realistic cases, shaped like the shipped seed case.

Usage: generate-corpus.py N OUTPUT_FOLDER [--seed S] [--protected] [--translate LANG]

What it writes into OUTPUT_FOLDER/content:
- cases/<case>/index.md: a case, with the seed case's front matter fields and a narrative drawn from the
  seed narrative; names, places, organizations, dates and country changed.
- two or three source documents per case (an allegation letter or urgent appeal of UN Special Procedures,
  an NGO urgent appeal, and for about 40% of cases a government reply), each 5 to 8 KB (the low end of
  the 5-15 KB range, so that the corpus is of the size of the one in issue 7). Letters and appeals are
  paragraphs of the seed documents chosen to reach the size, in their order, so they keep the seeds' shape
  (heading block, facts, requests, signatures, annex of law) and their citations; every document ends
  with a paragraph of further citations (treaty articles, resolutions, UN symbols, general comments).
- defenders/: N/2 defenders, each in the cases of their country; some defenders appear in many cases.
- organizations/: the shipped ones and two per country; mandates/ and instruments/: the shipped ones,
  plus a criminal code and a code of criminal procedure per country, so that every citation resolves.
- 35 countries, with a skewed number of cases each.
- with --translate LANG: a translation of every case into LANG (cases/<case>/index.<LANG>.md), its texts
  written in Cyrillic letters letter for letter (a stand-in of the same size, not a translation), and a
  casebook.yml publishing the site in English and LANG, to measure a build in two languages.

Deterministic: the same N and seed give the same bytes. Each case draws from its own generator seeded
from (seed, case number), and everything is written as it is made, so 100,000 cases take little memory.
"""
import argparse, datetime, os, random, re, shutil, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "content")
SEED_CASE = os.path.join(CONTENT, "cases", "serzhan-sekerbayeva-shymkent-2021")

# ISO code, name as written in text, two places, region (for the regional treaty it cites).
COUNTRIES = [
    ("KAZ", "Kazakhstan", ["Shymkent", "Almaty"], "asia"), ("KGZ", "Kyrgyzstan", ["Bishkek", "Osh"], "asia"),
    ("UZB", "Uzbekistan", ["Tashkent", "Nukus"], "asia"), ("TJK", "Tajikistan", ["Dushanbe", "Khujand"], "asia"),
    ("TKM", "Turkmenistan", ["Ashgabat", "Mary"], "asia"), ("BLR", "Belarus", ["Minsk", "Gomel"], "europe-other"),
    ("UKR", "Ukraine", ["Kharkiv", "Odesa"], "europe"), ("AZE", "Azerbaijan", ["Baku", "Ganja"], "europe"),
    ("ARM", "Armenia", ["Yerevan", "Gyumri"], "europe"), ("GEO", "Georgia", ["Tbilisi", "Batumi"], "europe"),
    ("TUR", "Turkey", ["Diyarbakir", "Izmir"], "europe"), ("IRN", "Iran", ["Tehran", "Mashhad"], "asia"),
    ("EGY", "Egypt", ["Cairo", "Alexandria"], "africa"), ("SAU", "Saudi Arabia", ["Riyadh", "Jeddah"], "asia"),
    ("BHR", "Bahrain", ["Manama", "Muharraq"], "asia"), ("MEX", "Mexico", ["Oaxaca", "Chihuahua"], "americas"),
    ("COL", "Colombia", ["Cali", "Medellin"], "americas"), ("GTM", "Guatemala", ["Quetzaltenango", "Coban"], "americas"),
    ("HND", "Honduras", ["Tegucigalpa", "La Ceiba"], "americas"), ("NIC", "Nicaragua", ["Managua", "Leon"], "americas"),
    ("VEN", "Venezuela", ["Caracas", "Maracaibo"], "americas"), ("BRA", "Brazil", ["Belem", "Altamira"], "americas"),
    ("VNM", "Vietnam", ["Hanoi", "Da Nang"], "asia"), ("KHM", "Cambodia", ["Phnom Penh", "Battambang"], "asia"),
    ("MMR", "Myanmar", ["Yangon", "Mandalay"], "asia"), ("CHN", "China", ["Guangzhou", "Chengdu"], "asia"),
    ("IND", "India", ["Srinagar", "Raipur"], "asia"), ("PAK", "Pakistan", ["Lahore", "Quetta"], "asia"),
    ("BGD", "Bangladesh", ["Dhaka", "Chittagong"], "asia"), ("NGA", "Nigeria", ["Lagos", "Kano"], "africa"),
    ("CMR", "Cameroon", ["Bamenda", "Douala"], "africa"), ("ZWE", "Zimbabwe", ["Harare", "Bulawayo"], "africa"),
    ("IDN", "Indonesia", ["Jayapura", "Makassar"], "asia"), ("KEN", "Kenya", ["Nairobi", "Mombasa"], "africa"),
    ("PER", "Peru", ["Cusco", "Cajamarca"], "americas"),
]
REGIONAL = {"americas": "the American Convention on Human Rights", "africa": "the African Charter on Human and Peoples' Rights",
            "europe": "the European Convention on Human Rights"}
FIRST = ["Aigerim", "Dana", "Marat", "Olga", "Javier", "Lucia", "Amina", "Farid", "Nadia", "Tomas", "Leila", "Samir",
         "Irina", "Pedro", "Mariam", "Yusuf", "Elena", "Carlos", "Zainab", "Dmitri", "Ana", "Omar", "Sofia", "Ibrahim",
         "Aliya", "Bakyt", "Chinara", "Daniyar", "Esther", "Fatima", "Grace", "Hassan", "Ines", "Jamal", "Karina", "Luis",
         "Malika", "Nodir", "Oksana", "Pham", "Rosa", "Sanjar", "Thandiwe", "Usman", "Valentina", "Wanjiru", "Xochitl",
         "Yerlan", "Zarina", "Ngozi", "Tendai", "Sopheap", "Thiri", "Arjun", "Rubina", "Nasrin", "Maryam", "Mehmet"]
LAST = ["Akhmetova", "Bekova", "Ortega", "Ramirez", "Haddad", "Nazarova", "Mendoza", "Karimov", "Suleimenova",
        "Castillo", "Mansour", "Petrova", "Alvarez", "Rahman", "Volkova", "Torres", "Aziz", "Lopez", "Ismailova", "Diaz",
        "Abenova", "Baimukhamedova", "Chavez", "Dosmagambetova", "Eshonov", "Flores", "Gutierrez", "Hussain", "Ivanova",
        "Juarez", "Kamau", "Lwanga", "Moyo", "Nguyen", "Okafor", "Quispe", "Rojas", "Sokolova", "Tashkentova", "Usmonov",
        "Vargas", "Wambui", "Yildiz", "Zhakupova", "Adeyemi", "Begum", "Chowdhury", "Dlamini", "Ekwueme", "Farahani",
        "Garcia", "Hosseini", "Islam", "Jaramillo", "Khalil", "Lin", "Mutasa", "Naing", "Osei", "Pak", "Sok", "Tran"]
VIOLATIONS = ["arbitrary detention", "arbitrary arrest", "physical attack", "harassment", "judicial harassment", "threats",
              "intimidation", "travel ban", "surveillance", "restrictions on freedom of association",
              "restrictions on freedom of expression", "restrictions on freedom of peaceful assembly",
              "enforced disappearance", "torture", "smear campaign", "threat of criminal prosecution"]
STATUSES = ["reply-awaited", "reply-received", "ongoing", "closed"]
FOCUS = ["women's rights", "LGBTQ+ rights", "land rights", "environmental rights", "freedom of expression",
         "labour rights", "rights of indigenous peoples", "anti-corruption", "freedom of the press", "minority rights"]
SEED_MANDATES = ["sr-human-rights-defenders", "sr-freedom-of-expression", "sr-freedom-of-assembly-and-association",
                 "ie-sexual-orientation-gender-identity", "wg-discrimination-against-women-and-girls"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Sentences for the closing paragraph of further citations; {c} is the country.
CITATIONS = [
    "We recall article 9 of the International Covenant on Civil and Political Rights, ratified by {c}, which guarantees the right to liberty and security of person.",
    "Articles 19, 21 and 22 of the ICCPR protect the rights to freedom of expression, of peaceful assembly and of association.",
    "Article 7 of the ICCPR prohibits torture and cruel, inhuman or degrading treatment in all circumstances.",
    "Article 12 of the Declaration on Human Rights Defenders requires the State to protect everyone against violence, threats and retaliation for their legitimate work.",
    "Article 2 (3) of the ICCPR guarantees an effective remedy to any person whose rights have been violated.",
    "Human Rights Council resolution 43/16 calls on States to create a safe and enabling environment for defenders.",
    "General Assembly resolution 68/181 urges States to protect women human rights defenders.",
    "Articles 1 and 2 of the Universal Declaration of Human Rights affirm that all human beings are born free and equal in dignity and rights.",
    "Article 15 of the Convention against Torture excludes any statement made as a result of torture as evidence in proceedings.",
    "Article 13 of the Convention on the Rights of the Child protects the freedom of expression of every child.",
    "The Special Rapporteur on the rights to freedom of peaceful assembly and of association addressed these questions in A/HRC/26/29, paras 9-10.",
    "The Human Rights Committee's general comment No. 35 explains that an arrest for the exercise of protected rights is arbitrary (CCPR/C/GC/35, para 17).",
    "The Committee's guidance on peaceful assembly is set out in CCPR/C/GC/37, para 9, and in A/HRC/40/60, para 12.",
    "Article 5 of the Convention on the Elimination of All Forms of Discrimination against Women requires States to modify social and cultural patterns of conduct.",
    "Articles 6 and 8 of the Declaration on Human Rights Defenders protect the right to seek, obtain and disseminate information on human rights.",
    "The charge brought under article 378 of the Criminal Code would be incompatible with articles 19 and 21 of the ICCPR.",
    "Human Rights Council resolutions 41/12 and 43/4 reaffirm the rights to freedom of peaceful assembly and of expression, online and offline.",
    "Article 2 of the International Convention for the Protection of All Persons from Enforced Disappearance defines enforced disappearance.",
]
REGIONAL_SENTENCE = "These rights are also protected by articles 5, 13 and 16 of {r}, which binds {c}."
# Paragraphs of a government reply, written for this generator: {c} country, {ref} the letter answered,
# {date} its date, {a} and {b} the defenders, {p} the place, {org} their organization.
REPLY = [
    "The Permanent Mission of {c} to the United Nations Office and other international organizations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the joint communication {ref} of {date}, has the honour to transmit the following information provided by the competent authorities of {c}.",
    "The Government of {c} attaches great importance to its obligations under the International Covenant on Civil and Political Rights, in particular articles 9, 14, 19, 21 and 22, and to the Declaration on Human Rights Defenders, and it cooperates in good faith with the special procedures of the Human Rights Council.",
    "According to the Ministry of Internal Affairs, on the day in question officers of the police of {p} received several calls reporting a confrontation between participants in a meeting organised by {org} and a group of residents. A patrol was sent to the location to prevent a breach of public order and to ensure the safety of all persons present, including {a} and {b}.",
    "The officers invited {a} and {b} to accompany them to the district police department for their own safety. They were not placed under arrest within the meaning of article 128 of the Code of Criminal Procedure, no measure of restraint was applied, and they were free to leave after their statements had been taken. They were informed of their rights and had access to a lawyer of their choosing.",
    "The complaint filed by {b} concerning the use of force was registered in the Unified Register of Pre-Trial Investigations on the following day. A pre-trial investigation was opened for hooliganism; the persons involved have been identified and questioned, and a forensic medical examination was ordered. The investigation is ongoing under the supervision of the prosecutor's office of {p}.",
    "With regard to the alleged charge under article 378 of the Criminal Code, the authorities indicate that a preliminary check was carried out following a report by a police officer and that, in the absence of the elements of an offence, no criminal case was opened. Neither {a} nor {b} is currently the subject of any criminal, administrative or disciplinary proceedings.",
    "The Constitution of {c} guarantees the right to freedom of speech and the right to assemble peacefully and without weapons. Restrictions on these rights may be imposed only by law and only to the extent necessary for the protection of national security, public order, health or morals, or the rights and freedoms of others, in accordance with article 19 (3) and article 21 of the ICCPR.",
    "The Government rejects the assertion that the events were connected with the human rights work of {a} and {b}. Public associations, including {org}, carry out their activities freely, and the authorities of {c} have held regular consultations with civil society on the implementation of the recommendations of the Human Rights Committee, including those in its concluding observations.",
    "The Government recalls that the police are required by law to protect every person against violence and threats, without discrimination on any ground. Officers of the police of {p} have received training on the standards set out in Human Rights Council resolution 43/16 and General Assembly resolution 68/181 on the protection of human rights defenders, and a further training programme is planned for the current year.",
    "As regards the threats received by telephone and on social media, the cybercrime unit has been instructed to identify the authors of the messages. The owners of two accounts have been identified and warned; the examination of the remaining messages continues, and {a} and {b} will be informed of its results in accordance with the law.",
    "The Government of {c} remains open to continued dialogue with the mandate holders and stands ready to provide further information on the outcome of the investigation. It requests that this reply be published together with the communication, in accordance with the methods of work of the special procedures.",
    "The Permanent Mission of {c} avails itself of this opportunity to renew to the Office of the United Nations High Commissioner for Human Rights the assurances of its highest consideration.",
]


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def paragraphs(path):
    """The seed file's front matter and its body's paragraphs."""
    _, front, body = read(path).split("---\n", 2)
    return front, [p.strip("\n") for p in body.split("\n\n") if p.strip()]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def long_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def us_date(day):
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Seeds:
    """The seed case's texts, split into paragraphs, with which paragraphs every document keeps."""

    def __init__(self):
        _, self.narrative = paragraphs(os.path.join(SEED_CASE, "index.md"))
        _, self.letter = paragraphs(os.path.join(SEED_CASE, "al-kaz-4-2021.md"))
        _, self.appeal = paragraphs(os.path.join(SEED_CASE, "obs-kaz-002-0621-obs-065.md"))
        # Indices into the seeds' paragraphs (see the seeds): the frame every copy keeps.
        self.letter_frame = {0, 1, 2, 3, 4, 5, 8, 18, 20, 26, 27}
        self.letter_signatures = list(range(21, 26))  # in the order of SEED_MANDATES
        self.appeal_frame = {0, 1, 2, 3, 4, 13, 14, 15, 18, 19, 20, 21, 22}
        self.narrative_frame = {0, 1, 5}


class Case:
    """What every file of one case substitutes into the seed texts."""

    def __init__(self, rng, index, country, defenders, organization):
        self.rng, self.index = rng, index
        self.iso, self.country, places, self.region = country
        self.place = rng.choice(places)
        self.defenders = defenders  # [(slug, name)]
        self.organization = organization  # (slug, name, short name)
        self.year = 2011 + index % 14
        self.date = datetime.date(self.year, 1 + index % 12, 1 + rng.randrange(28))
        self.names = [name for _, name in defenders]

    def substitute(self, text):
        first, second = self.names[0], self.names[1]
        last = [name.split()[-1] for name in (first, second)]
        for old, new in [("Gulzada Serzhan", first), ("Zhanar Sekerbayeva", second), ("Serzzhan", last[0]),
                         ("Sekerbaeva", last[1]), ("Serzhan", last[0]), ("Sekerbayeva", last[1]),
                         ("Feminita Kazakhstan Feminist Initiative", self.organization[1]),
                         ("Feminitia", self.organization[2]), ("Feminita", self.organization[2]),
                         ("the Kazakh authorities", f"the authorities of {self.country}"),
                         ("Kazakhstan", self.country), ("Shymkent", self.place),
                         ("29 May 2021", long_date(self.date)), ("May 29, 2021", us_date(self.date)),
                         ("2021", str(self.year))]:
            text = text.replace(old, new)
        return text

    def citations(self, count):
        sentences = self.rng.sample(CITATIONS, count)
        if self.region in REGIONAL:
            sentences.append(REGIONAL_SENTENCE.format(r=REGIONAL[self.region], c=self.country))
        return " ".join(sentence.format(c=self.country) for sentence in sentences)


def fill(rng, paras, frame, target, fixed, exclude=()):
    """Paragraphs of `paras`: all of `frame`, then others (not in `exclude`) drawn at random, kept in their
    order, until the text reaches `target` bytes (`fixed` bytes are already spent on front matter and the rest)."""
    chosen = set(frame)
    size = fixed + sum(len(paras[i].encode()) + 2 for i in chosen)
    optional = [i for i in range(len(paras)) if i not in frame and i not in exclude]
    rng.shuffle(optional)
    for i in optional:
        if size >= target:
            break
        chosen.add(i)
        size += len(paras[i].encode()) + 2
    return [paras[i] for i in sorted(chosen)]


def pad(case, body, target, fixed):
    """Further citation paragraphs until the document reaches its size."""
    while fixed + len(body.encode()) < target:
        body += "\n\n" + case.citations(3)
    return body


def write(path, front, body):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("---\n" + front + "---\n\n" + body + "\n")


def letter(seeds, case, folder, target):
    rng = case.rng
    kind, prefix = rng.choice([("allegation-letter", "AL"), ("allegation-letter", "AL"), ("urgent-appeal", "UA")])
    reference = f"{prefix} {case.iso} {1 + case.index % 9}/{case.year}"
    sent = case.date + datetime.timedelta(days=rng.randrange(20, 90))
    count = rng.randrange(2, 6)
    mandates = [0] + sorted(rng.sample(range(1, 5), count - 1))
    signatures = [seeds.letter_signatures[m] for m in mandates]
    title = f"{kind.replace('-', ' ').capitalize()} {reference} to {case.country} concerning {case.names[0]} and {case.names[1]}"
    front = (f"title: {quoted(title)}\n"
             f"kind: {kind}\nissuer: \"UN Special Procedures\"\nreference: {quoted(reference)}\ndate: {sent}\n"
             f"publish_after: {sent + datetime.timedelta(days=60)}\nlanguage: en\nmandates:\n"
             + "".join(f"  - {SEED_MANDATES[m]}\n" for m in mandates) + "signatories:\n")
    for i in signatures:
        name, role = seeds.letter[i].split("\\\n")
        front += f"  - name: {quoted(name)}\n    role: {quoted(role)}\n"
    unsigned = set(seeds.letter_signatures) - set(signatures)
    kept = fill(rng, seeds.letter, seeds.letter_frame | set(signatures), target, len(front) + 800, unsigned)
    body = case.substitute("\n\n".join(kept))
    body = body.replace(f"AL KAZ 4/{case.year}", reference).replace(f"15 July {case.year}", long_date(sent))
    body = body.replace("AL KAZ 4/", f"AL {case.iso} 4/")
    body = pad(case, body + "\n\n" + case.citations(3), target, len(front))
    write(os.path.join(folder, slugify(reference) + ".md"), front, body)
    return reference, sent, [SEED_MANDATES[m] for m in mandates]


def appeal(seeds, case, folder, target):
    rng = case.rng
    sent = case.date + datetime.timedelta(days=rng.randrange(3, 20))
    reference = f"{case.iso} {1 + case.index % 997:03d} / {sent.month:02d}{sent.year % 100:02d} / OBS {1 + case.index % 211:03d}"
    title = f"{case.country}: Attack, arbitrary arrest and release of {case.names[0]} and {case.names[1]}"
    front = (f"title: {quoted(title)}\nkind: urgent-appeal\n"
             f"issuer: \"Observatory for the Protection of Human Rights Defenders (OMCT-FIDH)\"\n"
             f"reference: {quoted(reference)}\ndate: {sent}\nlanguage: en\norganizations:\n  - observatory\n  - omct\n  - fidh\n")
    kept = fill(rng, seeds.appeal, seeds.appeal_frame, target, len(front) + 600)
    body = case.substitute("\n\n".join(kept))
    body = body.replace("KAZ 002 / 0621 / OBS 065", reference).replace(f"June 8, {case.year}", us_date(sent))
    body = pad(case, body + "\n\n" + case.citations(3), target, len(front))
    write(os.path.join(folder, slugify(reference) + ".md"), front, body)
    return reference, sent


def reply(case, folder, target, answered, answered_date):
    rng = case.rng
    sent = answered_date + datetime.timedelta(days=rng.randrange(30, 75))
    reference = f"NV {case.iso}/{case.index:06d}/{sent.year}"
    front = (f"title: {quoted(f'Reply of the Government of {case.country} to {answered}')}\nkind: government-reply\n"
             f"issuer: {quoted(f'Permanent Mission of {case.country} to the United Nations Office at Geneva')}\n"
             f"reference: {quoted(reference)}\ndate: {sent}\nlanguage: en\n")
    values = dict(c=case.country, ref=answered, date=long_date(answered_date), a=case.names[0], b=case.names[1],
                  p=case.place, org=case.organization[1])
    paras = [p.format(**values) for p in REPLY]
    kept = fill(rng, paras, {0, 1, len(paras) - 1}, target, len(front) + 600)
    kept.insert(len(kept) - 1, case.citations(4))
    body = pad(case, "\n\n".join(kept), target, len(front))
    write(os.path.join(folder, slugify(reference) + ".md"), front, body)
    return reference, sent


CYRILLIC = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "абцдефгхийклмнопкрстувшксызАБЦДЕФГХИЙКЛМНОПКРСТУВШКСЫЗ"))


def stand_in(text):
    """A text of the same length in Cyrillic letters, standing in for a translation."""
    return "".join(CYRILLIC.get(c, c) for c in text)


def translation(folder, language, title, summary, violations, actions, events, body):
    """`index.<language>.md`: every text of the case, as a translation must give it, in stand-in letters."""
    front = (f"translation: unofficial\ntranslated_by: \"corpus generator\"\ntitle: {quoted(stand_in(title))}\n"
             f"summary: {quoted(stand_in(summary))}\nviolations:\n" + "".join(f"  - {quoted(stand_in(v))}\n" for v in violations)
             + "actions:\n" + "".join(f"  - {quoted(stand_in(a))}\n" for a in actions)
             + "timeline:\n" + "".join(f"  - date: {date}\n    event: {quoted(stand_in(event))}\n" for date, event in events))
    write(os.path.join(folder, f"index.{language}.md"), front, stand_in(body))


def case_file(seeds, case, folder, documents, translate=None):
    rng = case.rng
    (letter_ref, letter_date, mandates), (appeal_ref, appeal_date) = documents[0], documents[1]
    replied = len(documents) > 2
    names = case.names
    violations = rng.sample(VIOLATIONS, rng.randrange(3, 7))
    title = f"{violations[0].capitalize()} of {names[0]} and {names[1]} in {case.place}"
    summary = (f"On {long_date(case.date)} in {case.place}, {case.country}, the human rights defenders {names[0]} and {names[1]} "
               f"of {case.organization[1]} were subjected to {violations[0]} and {violations[1]}. The Observatory issued an urgent "
               f"appeal on {long_date(appeal_date)} and UN Special Procedures wrote to the Government on {long_date(letter_date)} ({letter_ref}).")
    status = "reply-received" if replied else rng.choice(STATUSES)
    front = (f"title: {quoted(title)}\nsummary: {quoted(summary)}\ncountry: {case.iso}\nplace: {quoted(case.place)}\n"
             f"date: {case.date}\nupdated: {max(d[1] for d in documents)}\nstatus: {status}\n"
             f"reply_due: {letter_date + datetime.timedelta(days=60)}\ndefenders:\n"
             + "".join(f"  - {slug}\n" for slug, _ in case.defenders)
             + f"organizations:\n  - {case.organization[0]}\nviolations:\n" + "".join(f"  - {v}\n" for v in violations)
             + "mandates:\n" + "".join(f"  - {m}\n" for m in mandates)
             + "actions:\n"
             + f"  - {quoted(f'Guarantee in all circumstances the physical integrity and psychological well-being of {names[0]} and {names[1]}.')}\n"
             + f"  - {quoted(f'Carry out an immediate, thorough and impartial investigation into the events in {case.place}.')}\n"
             + f"authorities:\n  - name: {quoted(f'Ministry of Internal Affairs of {case.country}')}\n    role: \"Minister\"\n"
             + f"timeline:\n  - date: {case.date}\n    event: {quoted(f'{names[0]} and {names[1]} are attacked and detained in {case.place}.')}\n"
             + f"  - date: {appeal_date}\n    event: {quoted(f'The Observatory issues urgent appeal {appeal_ref}.')}\n"
             + f"  - date: {letter_date}\n    event: {quoted(f'UN Special Procedures send {letter_ref}.')}\n")
    if replied:
        front += f"  - date: {documents[2][1]}\n    event: {quoted(f'The Government replies ({documents[2][0]}).')}\n"
    kept = fill(rng, seeds.narrative, seeds.narrative_frame, rng.randrange(3500, 5500), len(front))
    body = case.substitute("\n\n".join(kept))
    write(os.path.join(folder, "index.md"), front, body)
    if translate:
        actions = re.findall(r"(?m)^  - \"(.*)\"$", front.split("actions:\n", 1)[1].split("authorities:", 1)[0])
        events = re.findall(r"(?m)^  - date: (\S+)\n    event: \"(.*)\"$", front.split("timeline:\n", 1)[1])
        translation(folder, translate, title, summary, violations, [a.replace('\\"', '"') for a in actions],
                    [(d, e.replace('\\"', '"')) for d, e in events], body)


def protect(content, count):
    """Adds withheld defenders, named in no text, and private values to every case."""
    withheld = max(1, count // 100)
    for index in range(withheld):
        write(os.path.join(content, "defenders", f"withheld-{index}.md"),
              f"name: \"Xylona{chr(97 + index % 26)}{index} Quendrithova{index}\"\nvisibility: withheld\n"
              f"withheld_as: \"a human rights defender\"\nprivate:\n  phone: \"+7 701 555 {index:04d}\"\n",
              "Her profile has no page.")
    for number, folder in enumerate(sorted(os.listdir(os.path.join(content, "cases")))):
        path = os.path.join(content, "cases", folder, "index.md")
        with open(path, encoding="utf-8") as file:
            text = file.read()
        private = (f"private:\n  contact: \"Contact person number {number} Wqxrvn\"\n  phone: \"+33 612 {number:06d}\"\n"
                   f"  note: \"Consent record {number} kept offline at Zrtvq\"\n")
        named = f"  - withheld-{number % withheld}\n" if number < withheld * 10 else ""
        with open(path, "w", encoding="utf-8") as file:
            file.write(text.replace("\ndefenders:\n", "\n" + private + "defenders:\n" + named, 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protected", action="store_true",
                        help="also N/100 withheld defenders (each named in ten cases' defenders) and a private "
                             "mapping of three values in every case, so that the protection sweep has work to do")
    parser.add_argument("--translate", metavar="LANG",
                        help="also a translation of every case into LANG, and a casebook.yml in English and LANG")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = os.path.abspath(args.output)
    content = os.path.join(out, "content")
    if os.path.exists(out):
        shutil.rmtree(out)
    for folder in ["mandates", "organizations", "instruments"]:
        # The shipped translations (feminita.ru.md) belong to the shipped site's languages, not the corpus's.
        shutil.copytree(os.path.join(CONTENT, folder), os.path.join(content, folder), ignore=shutil.ignore_patterns("*.*.md"))
    for folder in ["defenders", "cases"]:
        os.makedirs(os.path.join(content, folder))
    seeds = Seeds()

    organizations = {}
    for iso, name, places, _ in COUNTRIES:
        made = [(f"{iso.lower()}-human-rights-centre", f"Human Rights Centre of {name}", f"{name} Centre"),
                (f"{iso.lower()}-women-defenders-network", f"Women Human Rights Defenders Network of {name}", f"{name} WHRD Network")]
        for slug, full, short in made:
            write(os.path.join(content, "organizations", slug + ".md"),
                  f"name: {quoted(full)}\nshort_name: {quoted(short)}\ncountry: {iso}\n",
                  f"{full} documents attacks on human rights defenders in {name} and supports them in {places[0]} and {places[1]}.")
        organizations[iso] = made
        if iso != "KAZ":
            write(os.path.join(content, "instruments", f"{iso.lower()}-criminal-code.md"),
                  f"title: {quoted(f'Criminal Code of {name}')}\nkind: national-law\ncountry: {iso}\nlocal_names:\n  - \"Criminal Code\"\n"
                  f"articles:\n  - number: \"378\"\n    title: \"Insulting a representative of authority\"\n    unofficial_title: true\n",
                  f"The Criminal Code of {name}. Article 378 is the provision cited in the cases of this corpus.")
        write(os.path.join(content, "instruments", f"{iso.lower()}-code-of-criminal-procedure.md"),
              f"title: {quoted(f'Code of Criminal Procedure of {name}')}\nkind: national-law\ncountry: {iso}\n"
              f"local_names:\n  - \"Code of Criminal Procedure\"\narticles:\n  - number: \"128\"\n    title: \"Arrest of a suspect\"\n"
              f"    unofficial_title: true\n",
              f"The Code of Criminal Procedure of {name}. Article 128 governs the arrest of a suspect.")
    organizations["KAZ"] = [("feminita", "Feminita Kazakhstan Feminist Initiative", "Feminita")] + organizations["KAZ"]

    # Countries get a skewed share of cases (weight 1/rank^0.8); defenders live in one country each.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(COUNTRIES))]
    by_country = {iso: [] for iso, *_ in COUNTRIES}
    for index in range(max(len(COUNTRIES) * 2, args.count // 2)):
        # The first 70 go two to each country, so that every country can have a case with two defenders.
        country = COUNTRIES[index % len(COUNTRIES)] if index < 2 * len(COUNTRIES) else rng.choices(COUNTRIES, weights)[0]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        slug = f"{slugify(name)}-{index}"
        org = rng.choice(organizations[country[0]])
        focus = rng.sample(FOCUS, 2)
        write(os.path.join(content, "defenders", slug + ".md"),
              f"name: {quoted(name)}\ncountry: {country[0]}\norganizations:\n  - {org[0]}\nfocus:\n" + "".join(f"  - {quoted(f)}\n" for f in focus),
              f"{name} is a human rights defender from {country[1]} working on {focus[0]} and {focus[1]}. "
              f"A member of {org[1]}, {name.split()[0]} has documented abuses in {country[2][0]} since {2000 + index % 15}.")
        by_country[country[0]].append((slug, name))

    for index in range(args.count):
        case_rng = random.Random(args.seed * 1_000_003 + index)
        country = case_rng.choices(COUNTRIES, weights)[0]
        pool = by_country[country[0]]
        prominent = pool[: max(1, len(pool) // 20)]
        # Two defenders, like the seed case, sometimes three; about a third are drawn from the country's
        # most prominent 5%, who thus appear in many cases.
        wanted, defenders = min(len(pool), case_rng.choice([2, 2, 2, 3])), []
        while len(defenders) < wanted:
            pick = case_rng.choice(prominent if case_rng.random() < 0.3 else pool)
            if pick not in defenders:
                defenders.append(pick)
        organization = case_rng.choice(organizations[country[0]])
        case = Case(case_rng, index, country, defenders, organization)
        slug = f"{slugify(case.names[0].split()[-1])}-{slugify(case.names[1].split()[-1])}-{slugify(case.place)}-{case.year}-{index}"
        folder = os.path.join(content, "cases", slug)
        os.makedirs(folder)
        size = lambda: int(case_rng.triangular(5_000, 8_000, 5_000))
        documents = [letter(seeds, case, folder, size()), appeal(seeds, case, folder, size())]
        if case_rng.random() < 0.4:
            documents.append(reply(case, folder, size(), documents[0][0], documents[0][1]))
        case_file(seeds, case, folder, documents, args.translate)
        if index and index % 10_000 == 0:
            print(f"  {index} cases", file=sys.stderr)
    if args.protected:
        protect(content, args.count)
    if args.translate:
        with open(os.path.join(out, "casebook.yml"), "w", encoding="utf-8") as handle:
            handle.write(f"title: \"Corpus\"\nbase_url: https://cases.example.org/\nlanguages: [en, {args.translate}]\n")
    defenders = sum(len(pool) for pool in by_country.values())
    print(f"wrote {args.count} cases, {defenders} defenders, {len(COUNTRIES)} countries into {out}")


if __name__ == "__main__":
    main()
