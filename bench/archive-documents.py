#!/usr/bin/env python3
"""Writes Urgent Action documents in the archive's layouts (FORMATS.md 5-8), about
fictional people, with the noise of OCR'd paper (line breaks anywhere inside paragraphs
and sentences, words run together in the header and country line) and, beside each
document, the fields a careful reader finds in it (JSON, as the corpus test expects).

    bench/archive-documents.py corpus <folder>        the importer's test corpus (fixed)
    bench/archive-documents.py bulk <folder> [count]  a shuffled archive of whole cases
    bench/archive-documents.py thread <folder>        two cases of three documents, shuffled

Layouts: 5 the circular, 6 the web page, 7 a section's summary, 8 the circular in French
and Spanish.
"""
import json
import os
import random
import sys
from datetime import date, timedelta

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def written(d, lang):
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def short_index(code, serial, year):
    return f"{code}/{serial:02d}/{year % 100:02d}"


def canonical_index(code, serial, year):
    return f"{code}/{serial:03d}/{year}" if serial < 1000 else f"{code}/{serial:04d}/{year}"


def written_index(code, serial, year):
    """Short form before 2000 (MDE 29/07/94), the full one after (AFR 12/004/2006)."""
    return short_index(code, serial, year) if year < 2000 else canonical_index(code, serial, year)


# ---------------------------------------------------------------- the cases (fictional)

CASES = [
    dict(lang="en", country="Morocco", caps="MOROCCO", code="MDE 29", number=211, year=1994,
         persons=[("Ahmed Benkirane", "m", "aged 17, student"), ("Fatima Zahraoui", "female", None),
                  ("Youssef Alami", None, "trade unionist")],
         themes=["Fear of torture", "Incommunicado detention"],
         languages="in Arabic, French or your own language",
         targets=[dict(title="Minister of the Interior", name="His Excellency Driss Belhaj",
                       organisation="Ministry of the Interior", address=["Quartier Administratif", "Rabat, Morocco"],
                       telegrams="Interior Minister, Rabat, Morocco", telexes="31015 MINTER", faxes=["+ 212 7 762000"],
                       salutation="Your Excellency"),
                  dict(title="Minister of Justice", name="His Excellency Omar Tazi",
                       organisation="Ministry of Justice", address=["Place Mamounia", "Rabat, Morocco"],
                       telegrams="Justice Minister, Rabat, Morocco", faxes=["+ 212 7 723710"],
                       salutation="Your Excellency")],
         copies=[dict(organisation="Human Rights Advisory Council", address=["12 Rue Al Qods", "Rabat, Morocco"])]),
    dict(lang="en", country="Peru", caps="PERU", code="AMR 46", number=88, year=1991,
         persons=[("Rosa Quispe", "female", "teacher"), ("Juan Mamani", "m", None)],
         themes=["Disappearance", "Fear of extrajudicial execution"],
         languages="in Spanish or your own language",
         targets=[dict(title="President of the Republic", name="Ingeniero Alberto Castañeda",
                       organisation="Palacio de Gobierno", address=["Plaza de Armas", "Lima 1, Peru"],
                       telegrams="Presidente Castañeda, Lima, Peru", telexes="20167 PE PALACIO",
                       faxes=["+ 51 14 326535"], salutation="Excelentísimo Sr. Presidente / Dear President"),
                  dict(title="Minister of Defence", name="General Víctor Salcedo",
                       organisation="Ministerio de Defensa", address=["Avenida Boulevard s/n", "Lima 33, Peru"],
                       telegrams="Ministro de Defensa, Lima, Peru", faxes=["+ 51 14 358151"],
                       salutation="Excelentísimo Sr. Ministro / Dear Minister")],
         copies=[]),
    dict(lang="en", country="Turkey", caps="TURKEY", code="EUR 44", number=35, year=1998,
         persons=[("Mehmet Yilmazer", "m", "aged 16"), ("Zeynep Kaplanoglu", "female", "journalist")],
         themes=["Fear of torture", "Legal concern"],
         languages="in Turkish, English or your own language",
         targets=[dict(title="Minister of the Interior", name="Mr Kemal Ozturan",
                       organisation="Ministry of the Interior", address=["Icisleri Bakanligi", "06644 Ankara, Turkey"],
                       telegrams="Interior Minister, Ankara, Turkey", telexes="46369 ICSL TR",
                       faxes=["+ 90 312 418 1795"], salutation="Dear Minister")],
         copies=[dict(organisation="Human Rights Association", address=["Tunus Caddesi 28/1", "Ankara, Turkey"])]),
    dict(lang="en", country="Indonesia", caps="INDONESIA", code="ASA 21", number=140, year=1996,
         persons=[("Agus Wirananda", "m", "labour activist"), ("Siti Rahmawati", "female", "aged 19")],
         themes=["Prisoners of conscience", "Fear of ill-treatment"],
         languages="in English or your own language",
         targets=[dict(title="President of the Republic", name="His Excellency Raden Sukmadi",
                       organisation="Presidential Palace", address=["Jalan Veteran", "Jakarta, Indonesia"],
                       telegrams="President Sukmadi, Jakarta, Indonesia", telexes="44283 BINAGRI IA",
                       faxes=["+ 62 21 367781"], salutation="Your Excellency")],
         copies=[]),
    dict(lang="en", country="Guatemala", caps="GUATEMALA", code="AMR 34", number=17, year=1983,
         persons=[("Marta Xicay", "female", "catechist"), ("Pedro Coj", "m", "aged 17")],
         themes=["Disappearance"],
         languages="in Spanish or your own language",
         targets=[dict(title="Head of State", name="General Rodolfo Lucero",
                       organisation="Palacio Nacional", address=["Ciudad de Guatemala, Guatemala"],
                       telegrams="Jefe de Estado, Guatemala City, Guatemala", telexes="5331 CAPRES GU",
                       faxes=[], salutation="Excelentísimo Sr. Jefe de Estado")],
         copies=[]),
    dict(lang="en", country="Nepal", caps="NEPAL", code="ASA 31", number=150, year=2006,
         persons=[("Ram Bahadur Thapa", "m", "Nepali national, aged 34")],
         themes=["Fear of torture", "Incommunicado detention"],
         languages="in English, Nepali or your own language",
         targets=[dict(title="Chief of Army Staff", name="General Prakash Adhikari",
                       organisation="Army Headquarters", address=["Bhadrakali", "Kathmandu, Nepal"],
                       faxes=["+ 977 1 424 2168"], salutation="Dear General")],
         copies=[dict(organisation="National Human Rights Commission", address=["Harihar Bhawan", "Lalitpur, Nepal"])]),
    dict(lang="en", country="Sri Lanka", caps="SRI LANKA", code="ASA 37", number=243, year=2008,
         persons=[("Kumaran Selvarajah", "m", "aged 24"), ("Anjali Navaratnam", "f", "aid worker")],
         themes=["Enforced disappearance", "Fear for safety"],
         languages="in English or your own language",
         targets=[dict(title="Director General of Police", name="Mr Jayantha Wickramaratne",
                       organisation="Police Headquarters", address=["Colombo 1, Sri Lanka"],
                       faxes=["+ 94 11 244 0440"], salutation="Dear Director General")],
         copies=[]),
    dict(lang="en", country="Uzbekistan", caps="UZBEKISTAN", code="EUR 62", number=61, year=2004,
         persons=[("Dilshod Karimov", "m", "human rights defender")],
         themes=["Fear of torture", "Unfair trial"],
         languages="in Russian, Uzbek or your own language",
         targets=[dict(title="Prosecutor General", name="Mr Rashid Kadyrov",
                       organisation="Prosecutor General's Office", address=["ul. Gulyamova 66", "Tashkent 700047, Uzbekistan"],
                       faxes=["+ 998 71 133 3917"], salutation="Dear Prosecutor General")],
         copies=[]),
    dict(lang="fr", country="Cameroon", caps="CAMEROUN", code="AFR 17", number=33, year=2006,
         persons=[("Jean-Paul Mbarga", "h", "journaliste"), ("Marie Ngono", "f", "âgée de 17 ans")],
         themes=["Craintes de torture", "Détention au secret"],
         languages="en français, en anglais ou dans votre propre langue",
         targets=[dict(title="Ministre de la Justice", name="M. Paul Essomba", organisation="Ministère de la Justice",
                       address=["BP 1234", "Yaoundé, Cameroun"], faxes=["+ 237 222 3456"],
                       salutation="Monsieur le Ministre")],
         copies=[]),
    dict(lang="fr", country="Tunisia", caps="TUNISIE", code="MDE 30", number=45, year=2007,
         persons=[("Karim Haddadi", "h", "avocat")],
         themes=["Procès inéquitable", "Craintes de mauvais traitements"],
         languages="en arabe, en français ou dans votre propre langue",
         targets=[dict(title="Ministre de l'Intérieur", name="M. Rafik Belhassen", organisation="Ministère de l'Intérieur",
                       address=["Avenue Habib Bourguiba", "1001 Tunis, Tunisie"], faxes=["+ 216 71 340 888"],
                       salutation="Monsieur le Ministre")],
         copies=[]),
    dict(lang="es", country="Colombia", caps="COLOMBIA", code="AMR 23", number=15, year=2023,
         persons=[("Ana Lucía Torres", "m", "defensora de derechos humanos"), ("Luis Ocampo", "h", None)],
         themes=["Temor por la seguridad", "Defensores de los derechos humanos"],
         languages="en español o en su propio idioma",
         targets=[dict(title="Presidente de la República", name="Excmo. Sr. Gustavo Robledo",
                       organisation="Palacio de Nariño", address=["Carrera 8 No. 7-26", "Bogotá, Colombia"],
                       faxes=["+ 57 1 337 5890"], salutation="Excelentísimo Sr. Presidente")],
         copies=[dict(organisation="Comisión Colombiana de Juristas", address=["Calle 72 No. 12-65", "Bogotá, Colombia"])]),
    dict(lang="es", country="Mexico", caps="MÉXICO", code="AMR 41", number=72, year=2009,
         persons=[("Carmen Ruiz Pacheco", "m", "periodista"), ("Jorge Villalobos", "h", "de 17 años")],
         themes=["Detención arbitraria", "Temor por la seguridad"],
         languages="en español o en su propio idioma",
         targets=[dict(title="Procurador General de la República", name="Lic. Eduardo Medina Rangel",
                       organisation="Procuraduría General de la República",
                       address=["Paseo de la Reforma 211-213", "Ciudad de México, México"], faxes=["+ 52 55 5346 0908"],
                       salutation="Señor Procurador General")],
         copies=[]),
]

BODY = {
    "en": [
        "{names} were arrested on {event} by members of the security forces in {city} and taken to an unknown place."
        " Their families have not been told where they are held and fear that they may be ill-treated.",
        "The arrests appear to be linked to a peaceful demonstration held the week before, during which"
        " participants called for the release of political prisoners.",
        "Amnesty International believes that those held may be prisoners of conscience, detained solely for the"
        " peaceful expression of their views.",
    ],
    "fr": [
        "{names} ont été arrêtés le {event} par des membres des forces de sécurité à {city} et emmenés dans un lieu"
        " inconnu. Leurs familles ignorent où ils se trouvent et craignent qu'ils ne soient maltraités.",
        "Ces arrestations semblent liées à une manifestation pacifique organisée la semaine précédente.",
        "Amnesty International estime qu'il pourrait s'agir de prisonniers d'opinion.",
    ],
    "es": [
        "{names} fueron detenidos el {event} por miembros de las fuerzas de seguridad en {city} y trasladados a un"
        " lugar desconocido. Sus familias no saben dónde se encuentran y temen que sean sometidos a malos tratos.",
        "Las detenciones parecen estar relacionadas con una manifestación pacífica celebrada la semana anterior.",
        "Amnistía Internacional considera que podrían ser presos de conciencia.",
    ],
}

UPDATE_BODY = {
    "en": ["{names} were brought before a court in {city} on {event} and charged with membership of an illegal"
           " organization. Their lawyer was not allowed to attend the hearing.",
           "They are now held in the central prison, where they have been allowed one visit by their families."],
    "fr": ["{names} ont été présentés à un tribunal de {city} le {event} et inculpés d'appartenance à une"
           " organisation illégale. Leur avocat n'a pas été autorisé à assister à l'audience.",
           "Ils sont désormais détenus à la prison centrale."],
    "es": ["{names} comparecieron ante un tribunal de {city} el {event} y fueron acusados de pertenecer a una"
           " organización ilegal. A su abogado no se le permitió asistir a la audiencia.",
           "Ahora se encuentran recluidos en la prisión central."],
}

OUTCOMES = {
    "RELEASED": {"en": "{names} were released without charge on {event}. They have told Amnesty International that"
                       " they were not ill-treated after the first week of their detention.",
                 "fr": "{names} ont été libérés sans inculpation le {event}.",
                 "es": "{names} quedaron en libertad sin cargos el {event}."},
    "ACQUITTED": {"en": "{names} were acquitted by the court in {city} on {event} and left the courtroom with their"
                        " families.",
                  "fr": "{names} ont été acquittés par le tribunal de {city} le {event}.",
                  "es": "{names} fueron absueltos por el tribunal de {city} el {event}."},
    "CHARGES_DROPPED": {"en": "On {event} the prosecutor in {city} announced that the charges against {names} had"
                              " been dropped for lack of evidence.",
                        "fr": "Le {event}, le procureur de {city} a annoncé que les charges retenues contre {names}"
                              " avaient été abandonnées.",
                        "es": "El {event}, la fiscalía de {city} anunció que los cargos contra {names} habían sido"
                              " retirados."},
    "SENTENCE_COMMUTED": {"en": "The death sentences passed on {names} were commuted to prison terms on {event}.",
                          "fr": "Les condamnations à mort prononcées contre {names} ont été commuées le {event}.",
                          "es": "Las condenas a muerte impuestas a {names} fueron conmutadas el {event}."},
    "EXECUTED": {"en": "Amnesty International has learned with deep regret that {names} were executed in {city} on"
                       " {event}.",
                 "fr": "Amnesty International a appris avec une profonde tristesse que {names} ont été exécutés à"
                       " {city} le {event}.",
                 "es": "Amnistía Internacional ha sabido con profundo pesar que {names} fueron ejecutados en {city}"
                       " el {event}."},
    "NO_FURTHER_ACTION": {"en": "Amnesty International has been unable to obtain further news of {names} since"
                                " {event}. Their relatives have asked that the campaign on their behalf end.",
                          "fr": "Amnesty International n'a reçu aucune nouvelle de {names} depuis le {event}.",
                          "es": "Amnistía Internacional no ha recibido más noticias de {names} desde el {event}."},
}

CLOSING = {
    "en": ["No further action is required. Many thanks to all who sent appeals.",
           "No further action by the Urgent Action Network is requested. Thank you to all who sent appeals.",
           "Thank you to all who sent appeals. No further action is required."],
    "fr": ["Aucune action complémentaire n'est requise. Merci à tous ceux qui ont envoyé des appels."],
    "es": ["No se requiere ninguna otra acción. Muchas gracias a todas las personas que enviaron llamamientos."],
}

POINTS = {
    "en": ["expressing concern that {names} are held incommunicado and at risk of torture",
           "calling for them to be allowed immediate access to their families, lawyers and any medical care they"
           " may require",
           "urging that they be released immediately and unconditionally if they are held solely for their"
           " peaceful activities"],
    "fr": ["demandant aux autorités de révéler le lieu où se trouvent {names}",
           "exhortant les autorités à veiller à ce qu'ils puissent consulter un avocat",
           "demandant leur libération immédiate et sans condition"],
    "es": ["pidiendo a las autoridades que revelen el paradero de {names}",
           "instando a las autoridades a garantizar que tengan acceso a un abogado",
           "pidiendo su liberación inmediata e incondicional"],
}

LABELS = {
    "en": dict(recommended="RECOMMENDED ACTION: Please send telegrams/telexes/faxes/express/airmail letters {lang}:",
               appeals="APPEALS TO:", copies="COPIES TO:", salutation="Salutation:", fax="Faxes:",
               diplomatic="and to diplomatic representatives of {country} accredited to your country.",
               please="PLEASE SEND APPEALS IMMEDIATELY. Check with the International Secretariat, or your section"
                      " office, if sending appeals after {deadline}.",
               further="Further information on UA {number} ({prev}, {prevdate})"),
    "fr": dict(recommended="ACTION RECOMMANDÉE : envoyez des appels rédigés {lang} :",
               appeals="APPELS À :", copies="COPIES À :", salutation="Formule d'appel :", fax="Fax :",
               diplomatic="et aux représentants diplomatiques du {country} dans votre pays.",
               please="ENVOYEZ VOS APPELS IMMÉDIATEMENT. Après le {deadline}, vérifiez auprès du Secrétariat"
                      " international ou de votre section avant de les envoyer.",
               further="Informations complémentaires sur l'AU {number} ({prev}, {prevdate})"),
    "es": dict(recommended="ACCIÓN RECOMENDADA: Envíen llamamientos {lang}:",
               appeals="LLAMAMIENTOS A:", copies="COPIAS A:", salutation="Tratamiento:", fax="Fax:",
               diplomatic="y a los representantes diplomáticos de {country} acreditados en su país.",
               please="ENVÍEN LLAMAMIENTOS INMEDIATAMENTE Y ANTES DEL {deadline}.",
               further="Más información sobre la AU {number} ({prev}, {prevdate})"),
}

GENDER_WORD = {"m": "m", "f": "f", "female": "female", "male": "male", "h": "h"}
CITIES = {"Morocco": "Casablanca", "Peru": "Ayacucho", "Turkey": "Diyarbakir", "Indonesia": "Medan",
          "Guatemala": "Huehuetenango", "Nepal": "Nepalgunj", "Sri Lanka": "Vavuniya", "Uzbekistan": "Andijan",
          "Cameroon": "Douala", "Tunisia": "Sfax", "Colombia": "Cali", "Mexico": "Oaxaca"}
SIGN_OFF = {"en": "Yours sincerely,", "fr": "Cordialement,", "es": "Atentamente,"}
OPENING = {"en": "Dear Sir or Madam", "fr": "Madame, Monsieur", "es": "Señor, Señora"}
ORDINALS_ES = {2: "Segunda", 3: "Tercera", 4: "Cuarta", 5: "Quinta"}


def pronouns(marker, lang):
    if marker is None:
        return None
    if marker in ("f", "female"):
        return "she/her"
    if marker == "m":
        return "she/her" if lang == "es" else "he/him"
    return "he/him"


def names_of(case):
    names = [p[0] for p in case["persons"]]
    joiner = {"en": " and ", "fr": " et ", "es": " y "}[case["lang"]]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]


def first_person(point, lang):
    sentence = point.strip().rstrip(";,")
    if lang == "en":
        for verb, mine in [("Calling on", "I call on"), ("Calling for", "I call for"), ("Urging", "I urge"),
                           ("Expressing concern", "I am concerned"), ("Expressing", "I express"),
                           ("Asking", "I ask")]:
            if sentence.lower().startswith(verb.lower()):
                sentence = mine + sentence[len(verb):]
                break
    sentence = sentence[0].upper() + sentence[1:]
    return sentence if sentence.endswith(".") else sentence + "."


# ---------------------------------------------------------------- noise

def broken(text, rng, breaks):
    """Hard line breaks at random spaces, as OCR and paper conversion leave them."""
    words = text.split(" ")
    if len(words) < 4:
        return text
    for at in rng.sample(range(1, len(words)), min(breaks, len(words) - 1)):
        words[at] = "\n" + words[at]
    return " ".join(words).replace(" \n", "\n")


def wrap_block(paragraphs, rng, breaks):
    return "\n\n".join(broken(p, rng, breaks) for p in paragraphs)


# ---------------------------------------------------------------- documents

class Doc:
    def __init__(self, case, kind, seq_word, issue, prev, outcome, layout, rng, index_serial, stated_sequence=None):
        self.case, self.kind, self.issue, self.prev = case, kind, issue, prev
        self.outcome, self.layout, self.rng = outcome, layout, rng
        self.lang = case["lang"]
        self.serial = index_serial
        self.seq_word = seq_word
        self.stated_sequence = stated_sequence
        self.deadline = None if kind == "FINAL" else issue + timedelta(days=rng.choice([35, 40, 42, 45]))
        self.number = f"{case['number']}/{case['year'] % 100:02d}"
        self.closing = rng.choice(CLOSING[self.lang])
        self.index = canonical_index(case["code"], index_serial, issue.year)

    # ---- the fields a reader finds

    def body(self):
        lang, names = self.lang, names_of(self.case)
        city = CITIES[self.case["country"]]
        event = written(self.issue - timedelta(days=4), lang)
        if self.kind == "INITIAL":
            paragraphs = BODY[lang]
        elif self.kind == "FOLLOW_UP":
            paragraphs = UPDATE_BODY[lang]
        else:
            paragraphs = [OUTCOMES[self.outcome][lang], self.closing]
        return [p.format(names=names, city=city, event=event) for p in paragraphs]

    def points(self):
        if self.kind == "FINAL":
            return []
        return [p.format(names=names_of(self.case)) for p in POINTS[self.lang]]

    def targets(self):
        if self.kind == "FINAL":
            return []
        return self.case["targets"]

    def copies(self):
        return [] if self.kind == "FINAL" else self.case["copies"]

    def title(self):
        return " / ".join(self.case["themes"])

    def expected(self):
        body = self.body()
        targets = [target_json(t, False) for t in self.targets()] + [target_json(c, True) for c in self.copies()]
        letter = None
        if self.points():
            salutation = self.targets()[0]["salutation"] if self.targets() else OPENING[self.lang]
            letter = "\n".join([salutation + ","] + [first_person(p, self.lang) for p in self.points()]
                               + [SIGN_OFF[self.lang]])
        languages = []
        if self.points():
            languages = LANGUAGE_LISTS[self.case["languages"]]
        return {
            "layout": str(self.layout),
            "language": self.lang,
            "follows": None if self.prev is None else self.prev.index,
            "kind": self.kind,
            "sequence": 1 if self.kind == "INITIAL" else self.stated_sequence,
            "uaNumber": self.number,
            "aiIndex": self.index,
            "country": self.case["country"],
            "issueDate": self.issue.isoformat(),
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
            "title": self.title(),
            "summary": body[0],
            "persons": [{"name": p[0], "pronouns": pronouns(p[1], self.lang)} for p in self.case["persons"]],
            "targets": targets,
            "letter": letter,
            "additionalInformation": "\n\n".join(body[1:]) or None,
            "preferredLanguages": languages,
            "previousUaLink": None,
            "themes": [t.lower() for t in self.case["themes"]],
            "outcome": None if self.kind != "FINAL" else {"type": self.outcome, "note": None},
        }

    # ---- how the document is written

    def persons_block(self, country_caps, glued):
        lines = []
        for i, (name, marker, extra) in enumerate(self.case["persons"]):
            entry = name + (f" ({GENDER_WORD[marker]})" if marker else "") + (f", {extra}" if extra else "")
            lines.append(entry)
        separator = "" if glued else self.rng.choice([": ", ":\t", "\t"])
        return country_caps + separator + "\n".join(lines)

    def appeals_block(self):
        labels = LABELS[self.lang]
        rng = self.rng
        out = []
        if self.points():
            intro = labels["recommended"].format(lang=self.case["languages"])
            out.append(broken(intro, rng, 1) + "\n" + "\n".join(
                "- " + broken(p, rng, rng.choice([0, 1])) + (";" if i < 2 else "") for i, p in
                enumerate(self.points())))
        if self.targets():
            blocks = [labels["appeals"]]
            for i, t in enumerate(self.targets()):
                lines = [t["title"], t["name"], t["organisation"]] + t["address"]
                if t.get("telegrams"):
                    lines.append("Telegrams: " + t["telegrams"] if self.lang == "en" else "Télégrammes : " + t["telegrams"])
                if t.get("telexes"):
                    lines.append("Telexes: " + t["telexes"])
                for fax in t["faxes"]:
                    lines.append(f"{labels['fax']} {fax}")
                salutation = t["salutation"] + ("," if self.lang == "fr" else "")
                salutation_line = f"{labels['salutation']} {salutation}"
                if " / " in salutation_line and rng.random() < 0.6:
                    salutation_line = salutation_line.replace(" / ", "\n/ ", 1)
                lines.append(salutation_line)
                blocks.append("\n".join(lines))
            out.append("\n\n".join(blocks))
        if self.copies():
            c = self.copies()[0]
            out.append(labels["copies"] + "\n" + "\n".join([c["organisation"]] + c["address"]) + "\n"
                       + labels["diplomatic"].format(country=self.case["country"] if self.lang == "en"
                                                     else self.case["caps"].title()))
        if self.deadline is not None:
            out.append(broken(labels["please"].format(deadline=written(self.deadline, self.lang)), rng, 2))
        return out

    def text(self):
        if self.layout == 6:
            return self.web_page()
        if self.layout == 7:
            return self.summary_page()
        return self.circular()

    def reference(self):
        labels = LABELS[self.lang]
        prev = self.prev
        return labels["further"].format(number=f"{self.case['number']}/{self.case['year'] % 100:02d}",
                                        prev=written_index(self.case["code"], prev.serial, prev.issue.year),
                                        prevdate=written(prev.issue, self.lang))

    def circular(self):
        rng, lang, case = self.rng, self.lang, self.case
        own = written_index(case["code"], self.serial, self.issue.year)
        issued = written(self.issue, lang)
        header = []
        if lang == "en":
            glue = rng.random() < 0.5
            header.append("EXTERNAL (for general distribution)" + ("" if glue else "\t\t") + f"AI Index: {own}")
            header.append("Distr: UA/SC")
        else:
            header.append("ACTION URGENTE" if lang == "fr" else "ACCIÓN URGENTE")
            header.append(("PUBLIC\tIndex AI : " if lang == "fr" else "Índice AI: ") + own)
        date_apart = rng.random() < 0.5
        if date_apart:
            header.append("\t\t\t\t" + issued)
        if self.kind == "INITIAL":
            line = f"{'UA' if lang == 'en' else 'AU'} {self.number}\t{self.title()}"
        else:
            prefix = ORDINALS_ES[self.stated_sequence] + " " if self.stated_sequence and lang == "es" else ""
            reference = self.reference()
            if prefix:
                reference = reference.replace("Más información sobre la AU", prefix + "AU")
            line = broken(reference, rng, rng.choice([0, 1])) + " - " + self.title()
        header.append(line + ("" if date_apart else "\t\t" + issued))
        header.append("")
        glued = rng.random() < 0.5
        header.append(self.persons_block(case["caps"], glued))
        parts = ["\n".join(header), wrap_block(self.body(), rng, 2)] + self.appeals_block()
        return "\n\n".join(parts) + "\n"

    def web_page(self):
        rng, case = self.rng, self.case
        names = ", ".join(p[0] for p in case["persons"])
        lines = [f"{case['caps']} : {names} {'/'.join(case['themes'])}"]
        glued = rng.random() < 0.5
        persons = ", ".join(p[0] + (f" ({GENDER_WORD[p[1]]})" if p[1] else "") + (f", {p[2]}" if p[2] else "")
                            for p in case["persons"])
        lines.append(case["caps"] + ("" if glued else " ") + persons)
        if self.kind == "INITIAL":
            lines.append(f"UA {self.number}")
        else:
            lines.append(self.reference() + ",")
        lines.append(self.title())
        lines.append(canonical_index(case["code"], self.serial, self.issue.year))
        lines.append(written(self.issue, self.lang))
        parts = ["\n".join(lines), wrap_block(self.body(), rng, 1)] + self.appeals_block()
        return "\n\n".join(parts) + "\n"

    def summary_page(self):
        raise NotImplementedError


LANGUAGE_LISTS = {
    "in Arabic, French or your own language": ["Arabic", "French"],
    "in Spanish or your own language": ["Spanish"],
    "in Turkish, English or your own language": ["Turkish", "English"],
    "in English or your own language": ["English"],
    "in English, Nepali or your own language": ["English", "Nepali"],
    "in Russian, Uzbek or your own language": ["Russian", "Uzbek"],
    "en français, en anglais ou dans votre propre langue": ["Français", "Anglais"],
    "en arabe, en français ou dans votre propre langue": ["Arabe", "Français"],
    "en español o en su propio idioma": ["Español"],
}


def target_json(t, copy):
    return {"title": t.get("title"), "name": t.get("name"), "organisation": t.get("organisation"),
            "addressLines": t["address"], "country": country_of(t["address"][-1]), "emails": [],
            "faxes": t.get("faxes", []), "phones": [], "twitter": [], "facebook": [],
            "salutation": t.get("salutation"), "copy": copy}


COUNTRY_WORDS = {"Morocco": "Morocco", "Peru": "Peru", "Turkey": "Turkey", "Indonesia": "Indonesia",
                 "Guatemala": "Guatemala", "Nepal": "Nepal", "Sri Lanka": "Sri Lanka", "Uzbekistan": "Uzbekistan",
                 "Cameroun": "Cameroon", "Tunisie": "Tunisia", "Colombia": "Colombia", "México": "Mexico"}


def country_of(line):
    last = line.split(",")[-1].strip()
    return COUNTRY_WORDS.get(last)


# ---------------------------------------------------------------- summaries (layout 7)

SUMMARIES = [
    dict(headline="Good news: journalist released in Peru", number="140.18", written_number="UA 140.18",
         uaNumber="140/18", country="Peru", date=date(2018, 10, 10), person="Maria Huaman", pronouns="she/her",
         kind="FINAL", outcome="RELEASED", themes=["journalists"],
         paragraphs=["Maria Huaman, a journalist held since March on charges of defamation, was released on 2 October."
                     " She thanked everyone who sent appeals on her behalf.",
                     "Thank you to all who took action on UA 140.18. No further action is needed."]),
    dict(headline="Victory! Charges dropped against activist in Kenya", written_number="UA 77/19", uaNumber="77/19",
         country="Kenya", date=date(2019, 6, 3), person="Joseph Kamau", pronouns="he/him", kind="FINAL",
         outcome="CHARGES_DROPPED", themes=["human rights defenders"],
         paragraphs=["Joseph Kamau, a land rights activist from Nakuru, is free: the charges against him were dropped"
                     " on 28 May after a year of hearings. He said that the letters he received kept him going.",
                     "Many thanks to everyone who wrote for him after our UA 77/19. No further appeals are needed."]),
    dict(headline="Update: trial of human rights defender postponed in Guatemala", written_number="Urgent Action 58.20",
         uaNumber="58/20", country="Guatemala", date=date(2020, 9, 14), person="Lucia Xoc", pronouns="she/her",
         kind="FOLLOW_UP", outcome=None, themes=["human rights defenders"],
         paragraphs=["Lucia Xoc, a human rights defender from Alta Verapaz, was due in court on 9 September but her"
                     " trial was postponed for the third time. She remains in pre-trial detention.",
                     "Please keep sending appeals as set out in Urgent Action 58.20."]),
    dict(headline="Death sentence commuted in Belarus", written_number="UA 12/17", uaNumber="12/17", country="Belarus",
         date=date(2017, 4, 21), person="Andrei Zhuk", pronouns="he/him", kind="FINAL",
         outcome="SENTENCE_COMMUTED", themes=["death penalty"],
         paragraphs=["Andrei Zhuk, a 26-year-old mechanic, will not be put to death: his death sentence was commuted"
                     " to life imprisonment on 11 April. He had been sentenced to death in 2016.",
                     "Thank you for your appeals on UA 12/17. No further action is required."]),
    dict(headline="Student acquitted in Azerbaijan", written_number="UA 203.16", uaNumber="203/16", country="Azerbaijan",
         date=date(2016, 12, 5), person="Ilkin Mammadli", pronouns="he/him", kind="FINAL", outcome="ACQUITTED",
         themes=["freedom of expression"],
         paragraphs=["Ilkin Mammadli, a student arrested for a post about freedom of expression on social media, was"
                     " acquitted on 30 November. He has returned to his studies in Baku.",
                     "Thank you to everyone who sent appeals for him on UA 203.16."]),
]


def summary_doc(spec, rng):
    text = spec["headline"] + "\n" + written(spec["date"], "en") + "\n\n" + wrap_block(spec["paragraphs"], rng, 1)
    expected = {
        "layout": "7", "language": "en", "follows": None,
        "kind": spec["kind"], "sequence": None, "uaNumber": spec["uaNumber"], "aiIndex": None,
        "country": spec["country"], "issueDate": spec["date"].isoformat(), "deadline": None,
        "title": spec["headline"], "summary": spec["paragraphs"][0],
        "persons": [{"name": spec["person"], "pronouns": spec["pronouns"]}], "targets": [], "letter": None,
        "additionalInformation": "\n\n".join(spec["paragraphs"][1:]) or None, "preferredLanguages": [],
        "previousUaLink": None, "themes": spec["themes"],
        "outcome": None if spec["outcome"] is None else {"type": spec["outcome"], "note": None},
    }
    return text + "\n", expected


# ---------------------------------------------------------------- archives

def case_documents(case, layout, rng, outcome, stated=False, count=3, serial=None):
    """A first UA, count-2 updates and a closing notice, a week or two apart."""
    start = date(case["year"], rng.randint(1, 9), rng.randint(1, 28))
    serial = serial if serial is not None else rng.randint(1, 60) + (6700 if case["year"] >= 2013 else 0)
    docs = []
    issue = start
    for i in range(count):
        kind = "INITIAL" if i == 0 else ("FINAL" if i == count - 1 else "FOLLOW_UP")
        prev = docs[-1] if docs else None
        docs.append(Doc(case, kind, None, issue, prev, outcome if kind == "FINAL" else None, layout, rng,
                        serial + 2 * i, stated_sequence=(i + 1 if stated and i > 0 else None)))
        issue = issue + timedelta(days=rng.randint(7, 20))
    return docs


def write(folder, name, text, expected=None):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as out:
        out.write(text)
    if expected is not None:
        with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(expected, out, ensure_ascii=False, indent=2)
            out.write("\n")


def corpus(folder):
    rng = random.Random(17)
    outcomes = ["RELEASED", "ACQUITTED", "CHARGES_DROPPED", "SENTENCE_COMMUTED", "EXECUTED", "NO_FURTHER_ACTION"]
    picks = []
    # layout 5: English circulars, whole cases and single documents
    for i, case in enumerate(CASES[:5]):
        docs = case_documents(case, 5, rng, outcomes[i % len(outcomes)])
        chosen = docs if i < 2 else [docs[i % 3], docs[(i + 1) % 3]] if i < 4 else [docs[0]]
        picks += chosen
    # layout 6: web pages of the 2000s
    for i, case in enumerate(CASES[5:8]):
        docs = case_documents(case, 6, rng, outcomes[(i + 2) % len(outcomes)])
        picks += docs[:2] if i < 2 else docs
    # layout 8: French and Spanish
    for i, case in enumerate(CASES[8:]):
        docs = case_documents(case, 8, rng, outcomes[i % len(outcomes)], stated=(case["lang"] == "es" and i == 2),
                              count=4 if case["lang"] == "es" and i == 2 else 3)
        picks += docs if i in (0, 2) else docs[1:]
    for doc in picks:
        kind = {"INITIAL": "ua", "FOLLOW_UP": "update", "FINAL": "closing"}[doc.kind]
        name = f"l{doc.layout}-{doc.issue.year}-{doc.case['country'].lower().replace(' ', '-')}-{kind}-{doc.serial}"
        write(folder, name, doc.text(), doc.expected())
    for spec in SUMMARIES:
        text, expected = summary_doc(spec, rng)
        name = f"l7-{spec['date'].year}-{spec['country'].lower()}-summary"
        write(folder, name, text, expected)


def bulk(folder, count):
    """count documents: whole cases of three (layouts 5, 6 and 8), each case with its own number, shuffled."""
    rng = random.Random(5000)
    files = []
    n = 0
    while len(files) < count:
        template = CASES[n % len(CASES)]
        case = dict(template, number=1 + (n % len(CASES)) * 150 + (n // len(CASES)) % 150)
        layout = 8 if case["lang"] != "en" else (6 if case["year"] >= 2000 else 5)
        outcome = ["RELEASED", "ACQUITTED", "CHARGES_DROPPED", "SENTENCE_COMMUTED", "NO_FURTHER_ACTION"][n % 5]
        for doc in case_documents(case, layout, rng, outcome):
            files.append(doc)
        n += 1
    files = files[:count]
    rng.shuffle(files)
    for i, doc in enumerate(files):
        write(os.path.join(folder, f"box-{i // 500:02d}"), f"doc-{i:05d}", doc.text())


def thread(folder):
    rng = random.Random(3)
    docs = (case_documents(CASES[0], 5, rng, "RELEASED", serial=7)
            + case_documents(CASES[8], 8, rng, "ACQUITTED", serial=4))
    order = list(range(len(docs)))
    rng.shuffle(order)
    for position, i in enumerate(order):
        doc = docs[i]
        write(folder, f"{position:02d}-archive", doc.text(), doc.expected())


if __name__ == "__main__":
    mode, target = sys.argv[1], sys.argv[2]
    if mode == "corpus":
        corpus(target)
    elif mode == "bulk":
        bulk(target, int(sys.argv[3]) if len(sys.argv) > 3 else 5000)
    elif mode == "thread":
        thread(target)
    else:
        sys.exit("usage: archive-documents.py corpus|bulk|thread <folder> [count]")
