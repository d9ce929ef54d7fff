"""What the words around a place name say about it.

A place a text names is not always where the event happened: it may be where someone went
("fled to Maiduguri", "إلى مدينة بيمبا"), where a hospital or a briefing was, the unit that holds
the scene ("بدائرة دوينتزا", "département de Ouallam"), the town a distance is measured from, the
place a story was filed from, or no place at all: a person, a venue, an operation, a valley.
``gather`` asks these questions of each place it files under a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sahelwatch.extract.cues import DEED_OF
from sahelwatch.gazetteer import ResolvedPlace
from sahelwatch.text.normalise import NormText

_DIRECTION = re.compile(r"(?:\b(?:to|from|towards|toward|loaded in|loaded at|vers|depuis|jusqu|charges? a|"
                        # (a road's first town is its end: "la piste reliant Kolofata")
                        r"(?<!road )(?<!route )(?<!piste )(?<!axe )(?<!track )(?:linking|reliant|relie)|"
                        r"(?:left|leaving|leave|headed|heading|bound|set off) for|(?:reached|reaching)|"
                        r"(?:rejoint|rejoignent|rejoindre|regagne|regagnent|regagner)|"  # "puis ont rejoint Ouallam"
                        r"en direction (?:de|d|du)|(?:in|from) the direction of|"
                        r"(?:trouve|trouvent|trouverent|trouvaient|pris|prennent) refuge a|refugiee?s? a|"
                        # "ont pris la route de Téra": fled there
                        r"(?:pris|prennent|prenaient|prendre) la route (?:de|d|du)|"
                        r"en provenance|(?:evacues?|evacuees?|transferes?|transferees?|achemines?)\s+(?:sur|vers)|puis\s+sur"
                        r"|(?:depeche|depeches|envoye|envoyes|venus?|venues?|partis?|parties?|arrives?)"
                        r"\s+(?:de|d|du))\b"
                        r"|(?:^|\s)(?:(?<!اضافه )الي|نحو|باتجاه|اتجاه|(?<!القرب )(?<!مقربه )(?<!قريبا )(?<!بعيدا )"
                        r"(?<!قريبه )(?<!قريب )(?<!بعيده )(?<!بعيد )(?<!مسافه )(?<!سكان )(?<!اهالي )(?<!كل )"
                        r"(?<!الاقتراب )(?<!اقتربوا )(?<!اقترب )من))"
                        # not "بالقرب من", "قريبة من", "على بعد ... من", "سكان من ماركوي" (residents of),
                        # "بكل من" (in each of), "الاقتراب من مدينة سيبا" (approaching)
                        r"\W*(?:(?:the|la|le|les|l|a|au|de|d|du|des|of|direction|town|city|village|ville|localite|commune|"
                        r"side|cote|\w+(?:ian|ien|ienne|ese|ais|aise)|"  # "from the Nigerian side of the Mandara"
                        r"region|capital|capitale|state|etat|port|airport|aeroport|zone|area|secteur|"
                        r"(?:ال)?(?:مدينه|بلده|بلديه|قريه|منطقه|ولايه|"
                        r"مقاطعه|اقليم|محافظه|عاصمه|جزر|جزيره|ضفاف|حدود|غابه|غابات|مناطق|مينا|ميناء|مطار|معبر|منفذ|"
                        r"محاذيه|محاذي|"
                        r"مجاوره|قريبه|رطبه|ال[\u0621-\u064a]{2,}يه))\W+){0,5}ل?$"
                        # ("نحو العاصمة المالية باماكو", "باتجاه المناطق الرطبة": adjectives between)
                        r"|\b(?:linking|connecting|reliant|relie)\b[^,.;:،]{1,30}\b(?:to|and|with|a|au|aux|et)\b[^,.;:،]{0,30}$"  # "reliant Fada à Kantchari"
                        r"|(?:^|\s)(?:الطريق|المحور|محور|طريق)\s+(?:(?:السريع|الوطني|الدولي|الريسي)\s+)?(?:الرابط\s+)?"
                        # "الطريق بين دوري وغورم", "بين سيبا وبلدة مانسيلا"
                        r"بين\s+[^,.;:،]{2,30}?\sو(?:(?:بلده|مدينه|قريه)\s+)?$")
# where the victims come from is not where they died: "والضحايا ينحدرون من قرية لحريجات التابعة لبلدية عدل بكرو",
# "the victims hailed from", "originaires de"
_ORIGIN = re.compile(r"(?:(?:^|\s)(?:ينحدرون|ينحدر|تنحدر|ينحدران|المنحدرين|المنحدرون)\s+من"
                     r"|\b(?:hail|hails|hailed|hailing)\s+from"
                     r"|\b(?:originaires?|natifs?|native)\s+(?:de|d|du|des|of))\b\s*(?:[^\s.,;:!?،]+\s+){0,4}$")
# the seat of the unit that acted, when the place it acted in is told after: "وحدات الحرس الوطني بالقصرين", "les
# unités de la Garde nationale de Kasserine", "les unités de la Garde nationale relevant du district de Sidi Bouzid"
_FORCE_SEAT = re.compile(r"(?:(?:^|\s)(?:وحدات|وحده|فرقه|فرق|مصالح|اعوان|عناصر)\s+(?:\S+\s+){0,3}?"
                         r"(?:ال|لل)(?:حرس الوطني|شرطه|امن|امن الوطني|درك|درك الوطني)\s+ب?"
                         r"|\bunites?\s+(?:de\s+(?:la\s+)?)?"
                         r"(?:garde nationale|gendarmerie|police|surete)\s+(?:relevant\s+(?:du|de la|de l')\s*"
                         r"(?:district|region|brigade|poste)\s+)?(?:de|d|du|a)\s*"
                         r"|\b(?:national guard|gendarmerie|police)\s+units?\s+(?:in|of|at)\s+)$")
SEAT_REACH = 60   # characters from the force's words to its seat
#                   ("وحدات فرقة الأبحاث والتفتيش للحرس الوطني بسيدي بوزيد")
# a unit's zone named by its place: "a patrol of the Tillabéri operational zone", "la zone opérationnelle de Tillabéri"
_ZONE_AFTER = re.compile(r"\s+(?:operational|operations|military|defence|defense)\s+(?:zone|sector)\b", re.IGNORECASE)
_ZONE_BEFORE = re.compile(r"\bzone\s+(?:operationnelle|militaire|de defense)\s+(?:de|d|du)\s*$"
                          r"|(?:^|\s)(?:المنطقه|القطاع)\s+(?:الدفاعيه|العسكريه|العملياتيه)\s+(?:ب|في\s+|ل)$")
# ("وحدات المنطقة الدفاعية بديفا": the units of the Diffa defence zone)
_OPENING_QUOTE = re.compile(r"[\"«“]")
_AR_ZONE_BEFORE = re.compile(r"(?:^|\s)[لب]?منطقه\s+$")
_AR_ZONE_AFTER = re.compile(r"\s+العسكري[ةه](?!\w)")   # "لمنطقة سبها العسكرية": the Sabha military zone
# the theatre an army bulletin names an operation by: "Operation Almahaou (Tillabéri):", "Opération Damissa (Diffa) :"
_OPERATION_LABEL = re.compile(r"(?:\b(?:operation|operations)|(?:^|\s)و?عمليه)\s+[\w'-]+(?:\s+[\w'-]+)?\s*\(\s*$")
_LABEL_END = re.compile(r"\s*\)\s*[:،,-]")
# a bulletin's item labelled by its theatre: "Zone Diffa : le 18 février, une patrouille ... près de Bosso"
_ZONE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:zone|secteur|sector|theatre)[ \t]+"
                         r"(?:(?:nord|sud|est|ouest|centre|north|south|east|west|central)(?:-\w+)?[ \t]*\([ \t]*)?"
                         r"(?:de[ \t]+|d'|du[ \t]+|of[ \t]+)?$")  # ("Zone Ouest (Tillabéri) :")
_ZONE_LABEL_END = re.compile(r"[ \t]*\)?[ \t]*:")
# or by its region alone at the head of the line: "Diffa - On Thursday 6 November, ... an FDS position at Bosso"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_LABEL_END = re.compile(r"(?:[ \t]+(?:zone|sector|area))?[ \t]*[-–—:][ \t]")  # ("Diffa zone: ...")
# the attack the people hunted had made, named to say who they are: "caught up with the terrorists responsible for
# the attack on Sanam near Abala", "les auteurs de l'attaque de Sanam", "منفذي الهجوم على سانام"
_RECALLED_ATTACK = re.compile(DEED_OF + r"\W+(?:(?:the|l|la|le|les|une?|an?)\W+)?(?:[\w']+\s+){0,2}"
                              r"(?:attacks?|assault|massacre|raid|bombing|killings?|kidnapping|abduction|attaque|"
                              r"attentat|tuerie|enlevement|الهجوم|هجوم|الاعتدا|مجزره|التفجير|تفجير|اختطاف|خطف)\s+"
                              r"(?:(?:of|against)\s+(?:[\w'-]+\s+){1,2}?(?=(?:in|at|near)\s))?"  # ("of villagers in")
                              r"(?:on|at|in|near|of|de|du|d'|contre|sur|علي|في)?\s*(?:the\s+)?"
                              r"(?:(?:village|market|mosque|camp|base|marche|mosquee)\s+(?:of|de|du|d')\s*)?"
                              r"(?:(?:ال)?(?:قريه|بلده|سوق|مسجد|معسكر|قاعده)\s+)?$")
_AR_UNIT = r"(?:دايره|مقاطعه|محافظه|محليه|اقليم|ولايه|منطقه|بلديه)"   # the units of Arabic news, folded
_CONTAINER = re.compile(r"(?:(?:^|\s)(?:التابعه|التابع)\s+ل\S*(?:\s+(?:ال)?حكم(?:\s+المحلي)?)?"
                        r"|\b(?:relevant de|rattache a|rattachee a)\b"
                        rf"|(?:^|\s)(?:الواقعه|الواقع)\s+(?:في|ب)\s*{_AR_UNIT}?)\s*$")
# "بلدة سانام التابعة لمقاطعة أبالا", "أوغوساغو، القرية الفولانية الواقعة في دائرة بانكاس": the second holds the first
# who speaks for an office (a force, a service) and who heads a place
_OFFICE_HOLDERS = r"official|officer|commander|spokesman|spokesperson|responsable|officier|porte-parole"
_HEADS = r"prefet|gouverneur|maire|governor|mayor|chairman"
_OFFICIAL_OF = re.compile(r"\b(?:(?:selon|d'apres|according to)\s+(?:le|la|l'|the)\s*)?"
                          rf"(?:sous-prefet|{_HEADS}|chef de canton|district head)"
                          r"\s+(?:de la|du|des|de|d'|of)\s*"
                          r"(?:the\s+|l')?(?:(?:departement|commune|region|province|cercle|canton|prefecture|district|"
                          r"arrondissement|"
                          r"state|local government area|lga)\s+(?:de|d'|du|of)\s*)?$")
_UNIT_AFTER_PLACE = re.compile(rf"\S+(?:\s*\(\s*{_AR_UNIT}|\W{{1,3}}(?:(?:ب|في\s+)(?:{_AR_UNIT}|القطاع العسكري)"
                               r"(?:\s+حكم)?"
                               r"|(?:dans\s+(?:le\s+|la\s+|l'))?(?:cercle|commune(?:\s+rurale|\s+urbaine)?|departement|"
                               r"prefecture|province|zone|arrondissement)\s+(?:de|d|du)"
                               r"|in\s+(?:the\s+)?(?:district|department|province)\s+of))\W*$")
# ("بمنطقة حكم مارو": an LGA; "ببلدية كوكورو (محافظة تيرا)": the department in brackets; "قرب منطقة أبالسة
# بالقطاع العسكري تمنراست": the army's sector)
_LOCATOR = re.compile(r"(?:[,،]\s*(?:(?:au|a l|dans le|in the|to the)\s+)?(?:near|pres de|north|south|east|west|nord|sud|est|"
                      r"ouest|north-?east|north-?west|south-?east|south-?west|nord-est|nord-ouest|sud-est|sud-ouest|"
                      r"شمال|جنوب|شرق|غرب|قرب|بالقرب من)|\s(?:شمال|جنوب|شرق|غرب))\w*\s+(?:of\s+|de\s+|d'|du\s+)?"
                      r"(?:the\s+|la\s+|l'|le\s+)?"
                      r"(?:capital\s+|capitale\s+|العاصمه\s+|مدينه\s+)?$")
# "في مدينة الزاوية، غرب العاصمة طرابلس", "Zawiya, west of Tripoli", "منطقة الحرشة غرب مدينة الزاوية", "قرية
# فامبيتا، قرب كوكورو": the town that locates the scene
_UNIT_NAMED = re.compile(r"(?:cercle|commune|departement|prefecture|province|arrondissement)\s+(?:de|d|du)\b")
# "في بولكسي، بدائرة دوينتزا", "à Boni, dans le cercle de Douentza", "Mangaizé, département de Ouallam",
# "Darul Jamal, dans la zone de Bama":
# the second place holds the first
_UNIT_WORD_AFTER = re.compile(r"\s+(?:province|prefecture|department|district|governorate|area|commune|cercle|circle|"
                              r"subdivision|local government area|lga)\b")
# "in Had Soualem, in Berrechid province", "near Sofara, in the Djenné area": the unit holds the town, it is no
# second town
_MEASURED = re.compile(r"(?:\d|\b)(?:km|kms|kilom\w*|miles?|كيلومتر\w*|كيلو متر\w*|كلم|كم)\b[^,.;:،]{0,22}"
                       r"(?:\b(?:from|of|de|du|d)|(?:^|\s)(?:من|عن|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي))\W{0,3}"
                       r"(?:(?:the\s+)?(?:town|city|village|locality)\s+of\s+|(?:la\s+)?(?:ville|localite|commune)\s+d\W?e?\s*"
                       r"|(?:مدينه|بلده|قريه|منطقه)\s+)?$")
_ACTIVE_IN = re.compile(r"(?:\b(?:active|operating|operates|operate|present|actifs?|actives?|opere|operent|presents?)"
                        r"\s+(?:in|around|across|dans|en|au|aux|a)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?"
                        r"|(?:^|\s)(?:تنشط|ينشط|الناشطه|الناشط|الناشطين)\s+(?:في|ب)\s*(?:منطقه\s+|مناطق\s+)?)$")
# "the Katiba Macina, a JNIM component active in the Macina", "الناشطة في منطقة ليبتاكو": where a group operates,
# not where the event was
_ROUTE_BEHIND = re.compile(r"[,،]\s*(?:which|that|qui)\s+(?:had\s+|avait\s+|etait\s+)?(?:crossed|left|departed|loaded|"
                           r"set off|travelled|traveled|come|traverse|quitte|charge|parti|partie|venu|venue)\b"
                           r"[^,;.]{0,60}$")
# "the convoy, which had crossed from Senegal at the Diboli border post on Monday bound for Bamako, came under fire
# 20 km east of Diéma": where the convoy came from, not where it was hit
_HOSPITAL = re.compile(r"(?:\b(?:to|at|vers|died at|died in)|\ba(?=\W+(?:l|la|le|un|une)\W)"  # French "à l'hôpital",
                       # not English "a hospital in Gwoza" (a target)
                       r"|(?:^|\s)(?:الي|(?:فارق\S*\s+الحياه|توفي\S*|العلاج|يعالجون)\s+(?:في|ب)))"
                       r"\W+(?:(?:the|l|la|le|un|une|a)\W+)?(?:\w+\W+){0,4}"
                       r"(?:hospitals?|hopitaux|hopital|clinics?|cliniques?|chu|مستشفي|المستشفي|مستشفيات|المستشفيات"
                       r"|health cent(?:re|er)|centre de sante|المركز الصحي|مركز صحي)\W+"
                       r"(?:\w+\W+){0,3}[وب]?$")  # ("مستشفيات ولام ونيامي": the second after و)
# "taken to the military hospital in Maiduguri", "نقلوا إلى المستشفى العسكري في مايدوغوري", "إلى المستشفى الجهوي
# بالقصرين", "فارقوا الحياة في مستشفى تيرا": not the scene
_DIED_OF_WOUNDS = re.compile(r"(?:\b(?:succombe|succombes|succombee|succombees|decede|decedes)\s+(?:a|de)\s+(?:leurs|ses)\s+blessures"
                             r"|\b(?:succumbed|died)\s+(?:of|to|from)\s+(?:their|his|her)\s+(?:injuries|wounds)"
                             r"|(?:^|\s)متاثر(?:ا|ين|ون|ان|ه|تين)?\s+ب(?:جراح|جروح|اصاب)\S*)"
                             r"\W+(?:(?:a|in|at|في|ب)\W+)?(?:(?:l|la|le|the)\W+)?"
                             r"(?:(?:hopital|hospital|مستشفي|المستشفي|health cent(?:re|er)|centre de sante|المركز الصحي"
                             r"|مركز صحي)\W+(?:(?:de|d|of|du)\W+)?)?[وب]?$")
# ("متأثرين بإصاباتهم في مستشفى موبتي": the hospital's town)
# "trois des blessés ayant succombé à leurs blessures à Niamey": where they died, not the scene
_OPERATION = re.compile(r"(?:\b[Oo]p[ée]rations?\s+(?:[\"«“][^\"«“»”]{1,30}[\"»”]\s+(?:and|et)\s+)?(?:[\"«“]\s*)?"
                        r"(?:[A-Z][\w'’-]*\s+){0,2}"
                        r"|عملي(?:[ةه]|تي|ات)\s+(?:العسكري[ةه]\s+)?(?:[\"«“][^\"«“»”]{1,30}[\"»”]\s+و\s*)?[\"«“]\s*"
                        r"(?:\S+\s+){0,2})$")
# "Operation Hadin Kai", "opération Barkhane", "عملية \"هادين كاي\"", "عمليتي \"نيا\" و\"ساني كاي\"": names, not places
# a spokesman's surname after his office and first name: "le porte-parole de la police de l'État, Nahum Daso"
_NAMED_AFTER_OFFICE = re.compile(r"\b(?:porte-parole|spokesman|spokesperson|commissaire|commissioner)\b"
                                 r"[^,.;:]{0,40},\s*"
                                 r"(?!(?:a|au|aux|en|in|at|near|de|du|des|dans|from|pres|of|the|le|la|les)\b)\w+\s+$")
_NOT_A_PLACE = re.compile(r"(?:\b(?:resident|residents|witness|farmer|trader|official|spokesman|spokesperson|leader|"
                          r"chairman|commander|habitant|temoin|notable|porte-parole)\s*,\s*"
                          r"|\b(?:loyal to|loyalist of|fidele a|fideles a|(?:un|une|des)\s+proches?\s+de|led by|headed by|"
                          r"commanded by|dirigee? par|commandee? par)\s+"
                          r"(?:(?!(?:in|at|near|from|a|au|dans)\b)\w+\s+){0,2}"
                          r"(?:(?:and|et)\s+)?"  # "the faction loyal to Ali Ngulde and Bakura": two men
                          r"|\b(?:col|colonel|lt|lieutenant|maj|major|gen|general|brig|brigadier|capt|captain|capitaine|"
                          r"commandant|sgt|sergeant|sergent|cpl|corporal|sp|asp|dsp|csp|acp|dcp|mr|mrs|dr|alhaji|hajiya|"
                          r"mallam|malam|justice|hon|president|pastor|pasteur|imam|emir|sheikh|cheikh|senator|"
                          r"senateur|principal|headmaster|reverend|rev)\.?\s+"
                          r"(?!(?:area|vicinity|direction|hospital|towns?|cities|city|roads?)\b)"
                          r"(?:[a-z][\w'-]*\s+){0,2}"
                          r"|(?:^|\s)(?:ل?القايد|قايد|ل?الزعيم|زعيم|الموالين\s+ل\S*|ل?الشيخ|ل?العقيد|ل?الجنرال|ل?السيد)"
                          r"\s+(?:\S+\s+)?"
                          r"|\b(?:cafe|hotel|restaurant|stade|stadium|musee|museum|cinema|ecole|school|college|lycee|"
                          r"mosquee|mosque|eglise|church|rue|avenue|boulevard|quartier|studio|radio)\s+"
                          r"(?:(?:le|la|l|the)\W+)?"
                          r"|(?:^|\s|[\"«])(?:ل|ل?ال)?(?:بوابه|اذاعه|راديو|صحيفه|جريده|صوت)\s+"
                          r"|\b(?:compagnie|societe|company|corporation)\s+(?:[\w'-]+\s+){0,3}?(?:de|du|des|d'|of)\s+"
                          r"|(?:^|\s)(?:ب|ل)?(?:ال)?شركه\s+(?:\S+\s+){0,2}?(?:ال)?(?:فسفاط|فوسفات|بترول|نفط|مناجم)\s+"
                          r"|\b(?:the city's|the town's|the capital's)\s+(?:al-|el-|an-|as-|az-)?)$")
# "a resident, Malam Sani Dajuku, told", "fighters loyal to Bakura Doro", "الموالين للقائد باكورا دورو",
# "Col. Musa Tanko said": a person, not a place (not "in the general area of Ngoshe");
# "le café Argana", "Kano Pillars stadium": a venue's name; "Studio Tamani", "Radio Bamakan", "بوابة تمبكتو",
# "إذاعة كيدال", "صوت تمبكتو": a broadcaster or a paper; "Compagnie des phosphates de Gafsa", "شركة فسفاط قفصة": a
# company;
# "the city's Al-Mahdia district": a quarter
_PERSON_AFTER = re.compile(r",\s+(?:(?:un|une|the|a|an|le|la)\s+(?:\w+\s+){0,2}?)?(?:responsable|official|leader|chef|"
                           r"resident|habitant|spokesman|spokesperson|porte-parole|member|membre|commander|commandant|"
                           r"elder|notable|witness|temoin|eleveur|herder|farmer|trader|commercant)s?\s+"
                           r"(?:de|du|des|d|of|in|at|from|au|aux)\b")
# "a déclaré Babakura Kolo, un responsable de la CJTF", "raconte Moussa, commerçant au grand marché": a person, not
# Kollo
_VALLEY = re.compile(r"(?:\b(?:oued|wadi|wad)|(?:^|\s)(?:واد|وادي))\s+$")
# "بمنطقة واد المالح ببلدية تابلاط": a valley named like a town far away, not that town
_SAID_FR = r"precise|indique|declare|affirme|explique|confie|ajoute"  # "a indiqué", "ont précisé"
_SPEAKING = re.compile("|".join((
    r"\b(?:(?:briefing|briefed|addressing|addressed|told|telling|speaking to|spoke to)\s+(?:the\s+)?"
    r"(?:journalists|reporters|newsmen|"
    r"press|media)(?:\s+[\w'-]+){0,8}|speaking|devant la presse|face a la presse|devant les journalistes)"
    r"\s+(?:in|at|a)\s+$",
    r"\b(?:statement|communique|conference de presse|point de presse|point presse|press conference|news conference|"
    r"press briefing)\s+(?:\w+\s+){0,4}"
    r"(?:issued|released|published|held|read|publie|diffuse|lu|tenue)\s+(?:\w+\s+){0,3}(?:in|at|a)\s+$",
    r"\b(?:headquarters|quartier general|etat-major)(?:\s+\w+){0,3}\s+(?:in|at|a)\s+$",
    r"\b(?:lors d.une visite|au cours d.une visite|during a visit|on a visit)\s+(?:a|to|in)\s+$",
    r"(?:^|\s)خلال زياره\s+(?:الي|ل)\s*$",
    r"\b(?:court|tribunal|cour|chambre)(?:\s+[\w'-]+){0,4}\s+(?:in|at|of|de|d|a)\s+$",
    r"(?:^|\s)[وبل]?(?:محكمه|المحكمه)(?:(?:\s+\S+){0,3}\s+(?:في|ب))?\s*$",  # "المدعي العام لدى محكمة أنجمينا"
    r"\b(?:a|un|une|the|le|la|its|son|sa)\s+(?:statement|communique|press release|press conference|news conference|"
    r"conference de presse|point de presse|press briefing|declaration)\s+(?:in|at|a|from|depuis)\s+$",
    r"(?:^|\s)(?:بيان|موتمر صحفي|تصريح|تصريحات)\s+(?:\S+\s+){0,4}(?:(?:في|من)\s+(?:(?:العاصمه|مدينه)\s+)?|(?:بالعاصمه|بمدينه)\s+)$",
    r"(?:^|\s)(?:موتمر صحفي|موتمر صحافي|نقطه صحفيه|ندوه صحفيه|ندوه صحافيه|(?:ال)?(?:احاطه|ايجاز)(?: \S+){0,2})\s+"
    r"(?:(?:التي\s+)?(?:عقده|عقدها|عقدته)\s+(?:\S+\s+){0,3}"
    r"|(?:(?:اليوم|امس|مساء|صباح|ظهر|يوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)\s+){1,3})?"
    r"(?:ب|في\s+)$",  # "في مؤتمر صحافي عقده أمس الثلاثاء في كوتونو", "خلال الإحاطة الأسبوعية التي عقدها أمس في أبوجا"
    r"(?:^|\s)(?:عبر الهاتف|هاتفيا|باتصال هاتفي|في اتصال هاتفي)\s+(?:\S+\s+){0,2}من\s+$",
    r"\b(?:by phone|by telephone|on the phone|par telephone|au telephone)\s+(?:from|depuis|a|de)\s+$",
    r"(?:^|\s)(?:المتحدث|الناطق|(?<!امام )مقر|قياده|للصحفيين|مسوول|السلطات|المجلس العسكري|الحكومه|الحاكم)\s+"
    r"(?:\S+\s+){0,4}في\s+$",  # "لم يصدر المجلس العسكري الحاكم في واغادوغو أي تعليق"
    r"(?:^|\s)[وبل]?(?:ال)?(?:سفير|سفاره|سفارت\S+|قنصل|قنصليه|قنصليت\S+)\s+(?:\S+\s+){0,2}(?:في|ب)\s*$",
    # "السفير المالي في نواكشوط", "سفارتها في باماكو"
    r"\b(?:ambassador|embassy|consulate|ambassadeur|ambassade|consulat)\s+(?:\w+\s+){0,2}(?:in|at|a|en)\s+$",
    # "interrogées par notre correspondant à Maiduguri", "our correspondent in Maiduguri", "مراسلنا في مايدوغوري"
    r"\b(?:correspondante?s?|correspondents?|envoyee? speciale?)\s+(?:\w+\s+){0,2}(?:in|at|a|en)\s+$",
    r"(?:^|\s)(?:مراسل|مراسلنا|مراسلها|مراسله|مراسلة|مراسلو)\S*\s+(?:\S+\s+){0,2}(?:في|ب)\s*$",
    r"(?:^|\s)(?:المتحدث|الناطق|مسوولا?|مصادر|مصدرا?)\s+(?:\S+\s+){0,2}في\s+"
    rf"(?:(?:{_AR_UNIT}|مدينه|بلده)\s+)?$",
    r"\b(?:selon|d'apres|according to|said)\s+(?:an?|une?|the|la|le|l'|des|two|deux)\s+(?:\w+\s+){0,3}"
    r"(?:official|officials|source|sources|authority|autorite|responsable|elu|notable|resident|habitant)\w*"
    r"(?:\s+\w+){0,2}\s+(?:de|du|d'|in|at|from|a)\s+$",
    # "ont indiqué jeudi des sources hospitalières et administratives à Gao"
    rf"\b(?:a|ont)\s+(?:{_SAID_FR}|rapporte)\s+(?:\w+\s+){{0,2}}"
    r"(?:des|les)\s+sources\s+(?:\w+\s+){0,3}(?:a|de|du|d')\s*$",
)))
# "briefing journalists in Abuja", "briefing journalists on the activities of the military on Thursday in Abuja",
# "devant la presse à Niamey", "a statement issued on Monday in Bamako",
# "في بيان صدر مساء الاثنين في باماكو", "في مؤتمر صحفي بالعاصمة نيامي", "تحدث عبر الهاتف من غوروم غوروم", "المتحدث باسم مقر الدفاع في أبوجا", "مسؤول محلي في بلدية كولوفاتا", "selon une autorité
# administrative de Mokolo": where it was said, not where it happened
_GOVERNMENT = re.compile(r"(?:^|\s)[وف]?(?:تقول|قالت|يقول|قال|اعلنت|اتهمت|تتهم|قرار|تري|تعتبر|اعتبرت|اكدت|توكد|نفت|"
                         r"تنفي|"
                         r"طالبت|تطالب|رفضت|ترفض|حكومه|سلطات|مواقف|موقف|نسبته|نسبتها|حملت|تحمل|نجحت|سعت|تسعي|سارعت|بادرت|"
                         r"ردت|استدعت|دفع|دفعت|عززت|ارسلت|قررت|دعت|طلبت|متهما|متهمه|متهمين|واتهم|اتهم|"
                         r"تواجه|واجهت|تراهن|راهنت|ادراك|رويه|حسابات)\s+$"  # "نقطة تحول في إدراك كوتونو لحجم التهديد"
                         # officials in a capital: "لم يعد المسؤولون في كوتونو يخفون"
                         r"|(?:^|\s)(?:ال)?(?:مسوولون|مسوولين|مسوولو|المسوول)\s+في\s+$"
                         r"|\b(?:reconnue?s?|annoncee?s?|confirmee?s?|admise?s?|acknowledged|admitted|confirmed|announced)"
                         r"\s+(?:par|by)\s+$"
                         # "which the authorities in Bamako describe as", "les autorités de Niamey"
                         r"|\b(?<!military )(?<!local )(?<!regional )(?<!security )(?:the\s+)?"
                         r"(?:authorities|government|junta|military rulers)\s+in\s+$"
                         r"|\b(?:les\s+)?(?:autorites|le\s+gouvernement|la\s+junte|le\s+pouvoir)\s+(?:de|d')\s*$"
                         # "accusant Bamako et ses alliés russes de mener", "accusing Abuja of"
                         r"|\b(?:accusant|accusent|accusing|blaming|reprochant a)\s+$")
_GOVERNMENT_AFTER = re.compile(r"\s+(?:(?:has|had)\s+)?(?:says|said|claims|claimed|accuses|accused|insists|insisted|"
                               r"denies|denied|decided|"
                               r"affirme|affirmait|accuse|a accusé|dément|a démenti|a décidé|estime|a prorogé|a décrété|"
                               r"a instauré|a prolongé|extended|declared|continue de gérer|continue to manage|"
                               r"continues to manage|communique|cultive|mise sur|bets on|refuse|refuses|faces|"
                               r"is facing|fait face)\b"
                               r"|\s+to\s+(?:recruit|deploy|send|step up|launch|seek|adopt|declare|impose|close|admit|"
                               r"acknowledge|concede|rethink|reconsider|negotiate)\b"
                               r"|\s+à\s+(?:recruter|déployer|envoyer|reconnaître|admettre|négocier|revoir|décréter)\b")
# a capital for its government: "في مناطق تقول نيامي إنها تحت السيطرة", "Bamako accuses Algiers", "Niamey says", "a
# loss that pushed Cotonou to recruit thousands of soldiers", "forced Cotonou to admit", "a poussé Niamey à négocier"
_ROAD_TO = re.compile(r"(?:\b(?:road|(?<!fait )(?<!faisait )(?<!faisaient )(?<!font )(?<!pris la )(?<!prennent la )"
                      # (not "en route vers", heading there)
                      r"(?<!prenaient la )(?<!prendre la )(?<!en )route|axe|highway)"
                      r"|(?:^|\s)(?:الطريق|طريق))"
                      r"\s+(?:\w+\s+)?(?:to|a|vers|de|الي)\s+"
                      r"(?:(?:the|la|le|l|town|city|ville|مدينه|بلده)\W+)?$")
# "on the road to Ménaka", "الطريق المؤدية إلى مدينة مناكا": the town locates the road, no one went to it (but a convoy
# that "faisait route vers Bamako" was heading there, and families that "ont pris la route de Téra" fled there)
_TAKEN_FROM = re.compile(r"\b(?:abducted|kidnapped|seized|snatched|rustled|stole|stolen|took|taken|enleve\w*|kidnappe\w*)"
                         r"\s+(?:[\w'-]+,?\s+){0,9}(?:from|de|du|d)\s+(?:(?:the|la|le|l)\W+)?(?:\w+\s+)?$"
                         r"|(?:^|\s)(?:اختطف\w*|خطف\w*|اختطاف\w*)\s+(?:\S+\s+){0,12}من\s+(?:\S+\s+)?$")
# "abducted eight women from Kirchinga community", "خطف مسلحون 12 شخصا بينهم نساء من بلدة يانكارا",
# "بعد أيام من اختطافهم على يد عصابات مسلحة من قرية كانوما": where they were taken, not where they went
TAKEN_FROM_CHARS = 100  # "اختطفوا مساء الجمعة 34 شخصا على الأقل، بينهم نساء وأطفال، من قرية يانكوزو"
# "marched from Bokkos market to the palace", "ont défilé depuis le marché de Bokkos": the march set off there
_MARCHED_FROM = re.compile(r"\b(?:marched|marching|defile|defilant|marche|marchant)\s+(?:[\w'-]+\s+){0,3}?"
                           r"(?:from|depuis)\s+(?:(?:the|la|le|l)\W+)?(?:\w+\s+(?:de|du|d|of)\W+)?$")
# "marched to the Government House in Gusau", "ont défilé jusqu'au gouvernorat de Maradi": where the march went is the
# protest's scene
_MARCHED_TO = re.compile(r"\b(?:marched|marching|converged|defile|defilant)\s+"  # (not "ont marché jusqu'à
                         r"(?:[\w'-]+\s+){0,3}?(?:to|towards|on|vers|jusqu'a|jusqu'au|jusqu'aux)\s*"  # Sandaré", freed)
                         r"(?:(?:the|la|le|l)\W+)?(?:[\w'-]+\s+){0,3}?(?:(?:in|at|of|de|du|d)\W+)?$")
_WHERE = re.compile(r"[^.;!?\n]{0,50}?(?:\bwhere\b|\boù\b|(?:^|\s)حيث)")
# "moved to Chika, another village, where they abducted": the place gone to is the next scene
_CARED_FOR = re.compile(r"\s+(?:ils|elles|il|elle|they|he|she)?\s*(?:re[çc]oiv\w*|are receiving|were receiving|"
                        r"receive|are being treated|were treated|sont soign\w*|ont été soign\w*|sont pris en charge)"
                        r"|\s+(?:يتلقون|يتلقى|تتلقى|يخضعون|عولجوا)")
# ("évacués vers Niamey, où ils reçoivent des soins": where the wounded are cared for, no scene)
_DATELINE_END = re.compile(r"\s*(?:\d{1,2}\s+\w+\s+\d{4}\s*)?(?:\(|,|،|—|–|-|:|/|ـ)")  # "لاغوس 12 مايو 2026 (شينخوا)"




def is_dateline(text: str, start: int, end: int) -> bool:
    """A place at the head of a paragraph followed by ``(AFP)``, a comma, a dash: where the story was
    filed ("BAMAKO, Nov 12 —", "نيامي (رويترز) -"), not where the event happened."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]  # a quote or a space at most: "À Tchombangou, les assaillants" is no dateline
    opening = (len(head) <= 2 and not any(c.isalnum() for c in head)) or bool(_SHARED_DATELINE.fullmatch(head))
    if _OUTLET_DATELINE.fullmatch(head) and _OUTLET_DATELINE_END.match(text, end):
        return start < 400
    return opening and start < 400 and bool(_DATELINE_END.match(text, end))


_SHARED_DATELINE = re.compile(r"\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’ -]+|[\u0621-\u064a][\u0621-\u064a ]+)(?:/|\s[-–]\s)\s*")
# "YAOUNDE/N'DJAMENA, Oct 25 (Reuters)", "واشنطن/أبوجا –"
# "الأخبار (نواكشوط) –", "Cridem (Nouakchott) -"; the outlet named by a town: "باماكو (تمبكتو برس) -"
_OUTLET_DATELINE = re.compile(r"\s*[^\W\d][^\n().,;:]{0,30}\(\s*[^\n()]{0,20}")
_OUTLET_DATELINE_END = re.compile(r"[^\n()]{0,20}\)\s*(?:—|–|-|:|ـ)")


_ROAD_WORD = r"(?:road|highway|expressway|route|axe|axis|corridor|liaison|طريق|الطريق|محور|المحور)"
_FIRST_END = re.compile(rf"\s*[–—-]\s*[\w'’]+(?:\s[\w'’]+)?\s+{_ROAD_WORD}\b", re.IGNORECASE)
_FIRST_END_FR = re.compile(rf"\b{_ROAD_WORD}\s+$", re.IGNORECASE)
_SECOND_END = re.compile(rf"\s+{_ROAD_WORD}\b", re.IGNORECASE)
_SECOND_END_FR = re.compile(rf"\b{_ROAD_WORD}\s+[\w'’]+(?:\s[\w'’]+)?\s*[–—-]\s*$", re.IGNORECASE)
_ROAD_ADJECTIVE = r"(?:السريع|الوطني|الدولي|الريسي|الريسيه|البري|الصحراوي|الساحلي|المعبد)"
# ("الطريق السريع بين غوساو وفونتوا", "الطريق الساحلي الرابط بين طرابلس والحدود التونسية")
_FIRST_BETWEEN = re.compile(rf"(?:^|\s){_ROAD_WORD}\s+(?:{_ROAD_ADJECTIVE}\s+)?(?:(?:الرابط|الرابطه|الواصل|الذي يربط|"
                            rf"التي تربط)\s+)?بين\s+(?:(?:مدينتي|بلدتي|قريتي|مدينه|بلده)\s+)?$"  # "بين مدينتي كايس"
                            r"|\b(?:road|route|piste|axe|track)\s+(?:linking|reliant|relie)\s+$"
                            r"|\b(?:liaison|axe|route|piste|troncon|trajet)\s+entre\s+$"
                            r"|\b(?:road|route|highway|stretch)\s+between\s+$"
                            r"|\bqui\s+(?:reliait|relie|reliaient|relient)\s+$")
# ("la piste reliant Kolofata à Amchidé": Kolofata; "un car qui reliait Niono à Diabaly", "qui assurait la liaison
# entre Douentza et Gao": the bus's road)


def _road_end(text: str, start: int, end: int, folded: str = "", at: int = 0) -> bool:
    """An end of a road named by its two towns ("the Lokoja–Okene road", "l'axe Gao-Ansongo", "الطريق
    الرابط بين كايس وديما", whose second end reads as a direction): the road locates the scene between
    them, and a place named near it is more precise."""
    if _FIRST_BETWEEN.search(folded, max(0, at - 30), at):
        return True
    joined_after = re.match(r"\s*[–—-]", text[end:end + 3])
    joined_before = re.search(r"[–—-]\s*$", text[max(0, start - 3):start])
    if joined_after:
        return bool(_FIRST_END.match(text, end) or _FIRST_END_FR.search(text, max(0, start - 20), start))
    if joined_before:
        return bool(_SECOND_END.match(text, end) or _SECOND_END_FR.search(text, max(0, start - 40), start))
    return False


def is_road_end(norm: NormText, place: ResolvedPlace, at: int) -> bool:
    """The place (at folded offset ``at``) is an end of a road named by its two towns."""
    return _road_end(norm.original, place.mention.start, place.mention.end, norm.text, at)


ROAD_JOIN = 6   # characters between a road's two ends ("Gao-Ansongo", "Kolofata and Kerawa", "كولوفاتا وكيراوا")


def _second_road_end(norm: NormText, place: ResolvedPlace, places: list[ResolvedPlace]) -> bool:
    """The place is the other end of a road whose first end is named right before it ("بين كاي وديما")."""
    return any(0 <= place.mention.start - p.mention.end <= ROAD_JOIN and is_road_end(
        norm, p, norm.folded_offset(p.mention.start)) for p in places)


_AND_THEN = re.compile(r"\s+(?:et|and)\s+$")


def _second_end_between(norm: NormText, place: ResolvedPlace, places: list[ResolvedPlace]) -> bool:
    """The second of two towns a road or a route is named between ("qui assurait la liaison entre Douentza et Gao",
    "on the road between Gao and Ansongo"): an end of it, no scene."""
    return any(_AND_THEN.fullmatch(norm.original, p.mention.end, place.mention.start) and _FIRST_BETWEEN.search(
        norm.text, max(0, norm.folded_offset(p.mention.start) - 30), norm.folded_offset(p.mention.start))
        for p in places if p.mention.end <= place.mention.start)


_CREDITS = re.compile(r"\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled)\s+by\b[^()]*\)", re.IGNORECASE)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The wire's credit lines ("(Reporting by Cotonou newsroom; Editing by Aaron Ross)"): their names are
    reporters and newsrooms, which neither place an event nor tell which country a story is about."""
    return [m.span() for m in _CREDITS.finditer(text)]


_OUTLET_AFTER = re.compile(r"\s+(?:Infos?|FM|Actus?|Matin|Express|Hebdo|News|Post|Times|Tribune|Online|Reporters|"
                           r"Observer|Observateur|Herald|Journal|Mail|Daily|Today|Soir|Radio|TV|Dispatch|Voice|"
                           r"Chronicle|Gazette|Monitor|Standard|Press|Review|Inquirer)\b"
                           r"|\s+(?:بوست|نيوز|تايمز|إنفو|انفو|إف إم|اف ام|إكسبريس|اكسبريس|تريبيون|أونلاين|"
                           r"اونلاين)(?!\w)")
# "a appris Tamba Infos", "selon Kaya FM", "Sahara Reporters", "told the Nouakchott Observer", "لـ"نيامي بوست"": an
# outlet, not a place
_TITLE = re.compile(r"malam|mallam|alhaji|hajiya", re.IGNORECASE)   # a man's title that is also a village's name
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_APPOSED = re.compile(r"[,(]\s*$")
_FULL_NAME_AFTER = re.compile(r" [A-Z][a-z]+ [A-Z][a-z]+\s*[,)]")
# "The vice-principal of the school, Hassan Yakubu Makuku, was shot dead": a man named in apposition


# a leader named by his rank or office ("Captain Ibrahim Traoré", "النقيب إبراهيم تراوري"); not "Malam Bello Balle",
# a Hausa name that takes the man's home village
_RANKED_NAME = re.compile(r"(?:\b(?:col|colonel|lt|lieutenant|gen|general|capt|captain|capitaine|commandant|"
                          r"president)\.?\s+(?:[a-z][\w'-]*\s+){0,2}"
                          r"|(?:^|\s)(?:ل?العقيد|ل?الجنرال|ل?النقيب|ل?الريس)\s+(?:\S+\s+)?)$")
SURNAME_MAX_POPULATION = 1000


def surnames(norm: NormText, places: list[ResolvedPlace]) -> set[str]:
    """The names of small places a document gives a man ("Captain Ibrahim Traoré"): that man, not the
    hamlet, wherever else it names them ("Traoré's portrait", "Burkina's Traoré")."""
    return {p.mention.key for p in places
            if not p.place.curated and p.place.population < SURNAME_MAX_POPULATION and _RANKED_NAME.search(
                norm.text, max(0, norm.folded_offset(p.mention.start) - 40), norm.folded_offset(p.mention.start))}


def _elsewhere(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """A place told as where someone went or came from, or spoke from ("fled to Maiduguri", "a source in Gao")."""
    text, at = norm.text, norm.folded_offset(place.mention.start)
    return any(p.search(text, max(0, at - 70), at) for p in (_DIRECTION, _SPEAKING, _ORIGIN)) and not (
        _where_after(norm, place, sentence_places) or _ROAD_TO.search(text, max(0, at - 50), at)
        or _TAKEN_FROM.search(text, max(0, at - TAKEN_FROM_CHARS), at)
        or _MARCHED_FROM.search(text, max(0, at - 50), at) or _MARCHED_TO.search(text, max(0, at - 70), at))


_SPEAKER_IN = re.compile(rf"\b(?:an?|the|une?|la|le|l')\s+(?!(?:{_SAID_FR}|raconte)\b)(?:\w+\s+){{0,3}}?"
                         rf"(?:{_OFFICE_HOLDERS}|source|resident|witness|doctor|elu|notable|habitant|temoin|medecin)s?"
                         r"(?:\s+local|\s+locale)?"
                         r"\s+(?:in|at|from|de|du|d'|a)\s*(?:the\s+|la\s+|le\s+|l')?"
                         r"(?:(?:prefecture|mairie|commune|region|province|departement)\s+(?:de|du|d')\s*)?$")
_SAID_LATER = re.compile(r"[^.;!?]{0,120}?\b(?:said|told|says|a declare|a indique|a affirme|a raconte|a confie)\b")
# the speech verb before its speaker: "a précisé à l'ASP un responsable de la préfecture de Kaya"
_IN_OFFICE = re.compile(rf"\b(?:{_OFFICE_HOLDERS}|{_HEADS})")
_SAID_BEFORE = re.compile(rf"\b(?:a|ont)\s+(?:{_SAID_FR}|raconte)\b"
                          r"[^.;!?]{0,30}$")


# a speaker who calls from a town, told with what happened where he is: "تحدث إلى بوابة الساحل الإخبارية من مدينة سيبا
# حيث لجأ عدد من الناجين" (the French and English "depuis", "from" are directions already)
_SPOKEN_FROM = re.compile(r"(?:^|\s)(?:و)?(?:تحدث|يتحدث|متحدثا|اتصل)(?:(?!\s(?:ان|انه)\s)[^.؛!?]){0,60}?"
                          r"\sمن\s+(?:مدينه\s+|بلده\s+|قريه\s+)?$")


def _speakers_place(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """Where the one who speaks lives or works: "A local elected official in the Douentza area, who asked not to be
    named, said more than 60 soldiers had died", "Selon le préfet du département de Kaya, les victimes ...", "a
    précisé un responsable de la préfecture de Kaya", "a déclaré un habitant de Fada N'Gourma, dont des proches
    vivent à Natiaboani" (not "an official in Gao was killed", "le maire de Djibo a été tué")."""
    at = norm.folded_offset(place.mention.start)
    if _SPOKEN_FROM.search(norm.text, max(0, at - 100), at):
        return True
    official = _OFFICIAL_OF.search(norm.text, max(0, at - 70), at)
    if official and official.group().startswith(("selon", "d'apres", "according")):
        return True
    speaker = _SPEAKER_IN.search(norm.text, max(0, at - 60), at) or official
    if not speaker:
        return False
    if _SAID_LATER.match(norm.text, norm.folded_offset(place.mention.end)):
        return True
    if not _SAID_BEFORE.search(norm.text, max(0, speaker.start() - 50), speaker.start()):
        return False
    # a resident who tells of his town tells of the scene, unless he names another town after it (not "un habitant de
    # Sebba qui a trouvé refuge à Dori")
    return bool(_IN_OFFICE.search(speaker.group())) or any(
        p.is_local and p.place.kind == "town" and p.place.id != place.place.id and p.mention.start > place.mention.start
        and not _elsewhere(norm, p, sentence_places) for p in sentence_places)


_AND_ALSO = re.compile(r"\s*(?:,|and|et|ou|or)?\s*(?:(?:to|de|du)\s+|d['’])?(?:و)?$")


def _second_destination(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """The place joined by "and" to such a place just before it: "families had left for Diapaga and Kantchari",
    "ont pris la route de Kokorou ou de Téra", "نزحوا إلى دوري وكايا"."""
    before = [p for p in sentence_places if p.mention.end <= place.mention.start]
    if not before:
        return False
    last = max(before, key=lambda p: p.mention.end)
    joined = norm.original[last.mention.end:place.mention.start]
    return len(joined) <= 9 and bool(_AND_ALSO.fullmatch(joined)) and _elsewhere(norm, last, sentence_places)


def _marchers_home(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """Where marchers came from when the sentence names where they marched to: "residents of Dansadau ... marched
    to the Government House in Gusau" protested in Gusau."""
    return any(p.mention.start > place.mention.end and p.place.id != place.place.id and p.is_local
               and _MARCHED_TO.search(norm.text, max(0, (at := norm.folded_offset(p.mention.start)) - 70), at)
               for p in sentence_places)


def not_a_scene_name(norm: NormText, place: ResolvedPlace) -> bool:
    """A name that is not the place here: a dateline, an operation, a person, a venue, a valley."""
    start, end = place.mention.start, place.mention.end
    at = norm.folded_offset(start)
    return is_dateline(norm.original, start, end) or bool(
        _OPERATION.search(norm.original, max(0, start - 40), start)
        or _NOT_A_PLACE.search(norm.text, max(0, at - 40), at) or _VALLEY.search(norm.text, max(0, at - 40), at)
        or _NAMED_AFTER_OFFICE.search(norm.text, max(0, at - 80), at)
        or (place.geo_precision == 1 and _PERSON_AFTER.match(norm.text, norm.folded_offset(end)))
        or (_TITLE.fullmatch(place.mention.surface) and _NAME_AFTER.match(norm.original, end))  # "Malam Bello Tangaza"
        or bool(_OUTLET_AFTER.match(norm.original, end))
        or (_APPOSED.search(norm.original, max(0, start - 3), start) and _FULL_NAME_AFTER.match(norm.original, end)))


def is_measured_from(norm: NormText, at: int) -> bool:
    """The place at folded offset ``at`` follows a distance ("20 km from Ansongo", "على بعد 30 كلم من")."""
    return bool(_MEASURED.search(norm.text, max(0, at - 50), at))


_LATTER = re.compile(r"[^.;!?\n]{0,80}?(?:\d|\b)(?:km|kms|kilom\w*|miles?)\s+(?:de|d'|from|of)\s*(?:cette derniere|ce dernier|"
                     r"the latter)\b|[^.;!?\n]{0,80}?(?:كلم|كم|كيلومتر\w*)\s+(?:من|عن)\s+(?:الاخيره|هذه الاخيره)")


def is_measured_as_the_latter(norm: NormText, place: ResolvedPlace, places: list[ResolvedPlace]) -> bool:
    """A distance from "the latter" told after the place, with no place between: "sur la piste reliant Kolofata
    à Kerawa, à environ trois kilomètres de cette dernière localité" is near Kerawa."""
    at = norm.folded_offset(place.mention.end)
    latter = _LATTER.match(norm.text, at)
    return latter is not None and not any(
        place.mention.end < p.mention.start and norm.folded_offset(p.mention.start) < latter.end() for p in places)


LOCATED_CHARS = 80  # a distance from a town told this soon after another town, in apposition, locates that one
UNIT_NEXT_CHARS, UNIT_AFTER_CHARS = 30, 60  # a unit named this soon after a town holds it; farther, in one clause
#   ("موقع النقطة الثلاثية العسكري الواقع داخل منتزه دبليو الوطني في بلدية كاريماما", not "ولايتي باتنة وخنشلة، فيما
#   تم كشف مخبأين بمنطقة القل")


_CLAUSE_MARK = re.compile(r"[,،;؛]")


_IN_APPOSITION = re.compile(r"\s*[,،]\s*(?:in|dans|a|à|في|ب)\s*$")
_NEXT_IN_LIST = re.compile(r"\s*(?:[,،]\s*)?(?:(?:and|et|or|ou)\s+)?(?:(?:in|dans|a|à|at)\s+)?(?:و|او|أو)?(?:في\s+|ب)?")


def _district_in_apposition(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """A district told right after a town of its region, with no unit word: "at Kirawa, in Gwoza", "à Fétéguéré,
    dans Djibo" (not "in Kirawa, in Gwoza and in Bama", a list of places)."""
    district = any(c.kind == "admin2" and c.admin1_code == place.place.admin1_code for c in place.mention.candidates)
    if not district or any(q.mention.start > place.mention.end and _NEXT_IN_LIST.fullmatch(
            norm.original, place.mention.end, q.mention.start) for q in sentence_places):
        return False
    return any(p.place.kind == "town" and p.geo_precision == 1 and p.place.id != place.place.id
               and p.place.admin1_code == place.place.admin1_code
               and _IN_APPOSITION.fullmatch(norm.original, p.mention.end, place.mention.start)
               and not _venue_in_a_town(norm, p, sentence_places)  # "du marché de Gamboru, à Maiduguri"
               for p in sentence_places)


_VENUE_BEFORE = re.compile(r"(?:(?:^|\s)[وبل]?(?:ال)?(?:سوق|مسجد|جامع|مطار)"
                           r"|\b(?:marche|mosquee|gare routiere)\s+(?:de|d'|du)"
                           r"|\baeroport(?:\s+international)?(?:\s+\w+)?)\s*$")
_VENUE_AFTER = re.compile(r"\s+(?:market|mosque|motor park|(?:international\s+)?airport)")
_VENUE_TOWN = re.compile(r"(?:\s+(?:market|mosque|motor park|(?:international\s+)?airport)(?:\s+area)?)?"
                         r"\s*(?:الدولي\s*)?,?\s*"
                         r"(?:in|of|at|a|à|de|d'|dans la ville de|في|ب)\s*"
                         r"(?:the\s+(?:city|town)\s+of\s+|(?:مدينه|مدينة)\s+)?")


def _venue_in_a_town(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """A market, a mosque or an airport named after a place or a man, in the town named right after it ("في مسجد بسوق
    غامبورو في مدينة مايدوغوري", "the Gamboru market area of Maiduguri", "l'aéroport international Diori Hamani de
    Niamey"): the town is the scene."""
    at, end = norm.folded_offset(place.mention.start), place.mention.end
    named = _VENUE_BEFORE.search(norm.text, max(0, at - 40), at) or _VENUE_AFTER.match(norm.original, end)
    return bool(named) and any(p.place.kind == "town" and p.place.id != place.place.id and _VENUE_TOWN.fullmatch(
        norm.original, end, p.mention.start) for p in sentence_places)


def _unit_of(text: str, town_end: int, at: int) -> bool:
    """A unit named at folded offset ``at`` can hold the town ending at ``town_end``: right after it, or
    farther in the same clause."""
    between = at - town_end
    return between <= UNIT_NEXT_CHARS or (between <= UNIT_AFTER_CHARS and not _CLAUSE_MARK.search(text, town_end, at))


_UNIT_OF_PLACE_BEFORE = re.compile(rf"\s+من\s+{_AR_UNIT}\s+$")   # "معتمدية سبيطلة من ولاية القصرين": of, not from


def _unit_of_place_before(norm: NormText, at: int, sentence_places: list[ResolvedPlace]) -> bool:
    """The place is the unit "of" the place named right before it ("بجلمة من ولاية سيدي بوزيد")."""
    of = _UNIT_OF_PLACE_BEFORE.search(norm.text, max(0, at - 20), at)
    return of is not None and any(norm.folded_offset(p.mention.end) == of.start() for p in sentence_places)


def _where_after(norm: NormText, place: ResolvedPlace, sentence_places: list[ResolvedPlace]) -> bool:
    """"where" follows the place ("moved to Chika, another village, where they abducted"), not another town
    named in between ("من غوروم غوروم، بدأت الهجمات في قرية تين أكوف، حيث": Tin-Akoff's "where")."""
    where = _WHERE.match(norm.original, place.mention.end)
    return where is not None and not _CARED_FOR.match(norm.original, where.end()) and not any(
        place.mention.end < p.mention.start < where.end() and p.place.kind == "town" for p in sentence_places)


def _holds_a_place_before(norm: NormText, place: ResolvedPlace, at: int, sentence_places: list[ResolvedPlace],
                          kind: Callable[[ResolvedPlace], bool]) -> bool:
    """A place of the wanted ``kind`` named close enough before ``place`` (at folded offset ``at``) to be held by
    it, and no end of a road ("l'axe Bamako-Diéma, près de Didiéni": the road locates no town; Didiéni is the
    scene)."""
    return any(p.mention.end <= place.mention.start and kind(p) and _unit_of(norm.text, norm.folded_offset(
        p.mention.end), at) and not is_road_end(norm, p, norm.folded_offset(p.mention.start)) for p in sentence_places)


def place_role(norm: NormText, place: ResolvedPlace, at: int, sentence_places: list[ResolvedPlace],
               measured: bool, held: set[int]) -> str | None:
    """How the sentence uses a place that is not its plain scene: "measured" (the scene is near it),
    "directional" (somewhere someone went or spoke), "containers" (the unit that holds the scene),
    or None. ``held``: starts of places already known to hold an unlisted village."""
    text = norm.text
    named_before = any(p.place.id == place.place.id and p.mention.start < place.mention.start for p in sentence_places)
    if measured or (named_before and place.mention.near):
        # "between Gao and Ansongo, 20 km from Ansongo", "بين ديدوغو ونونا، قرب نونا"
        if named_before:
            return "measured"
        located = any(p.place.kind == "town" and p.geo_precision in (1, 2) and p.mention.end <= place.mention.start
                      and place.mention.start - p.mention.end <= LOCATED_CHARS
                      and norm.original[p.mention.end:p.mention.end + 1] in ",،"
                      and not _second_road_end(norm, p, sentence_places) for p in sentence_places)
        return "containers" if measured and located else None  # "Gorgadji, a rural town about 50km from Dori" (not
        #   "على الطريق الرابط بين كاي وديما، على بعد نحو خمسة عشر كيلومترا من بلدة صاندري": near Sandaré)
    if _unit_of_place_before(norm, at, sentence_places):
        return "containers"  # "بجلمة من ولاية سيدي بوزيد": the wilaya of Jelma, not a place come from
    if _GOVERNMENT.search(text, max(0, at - 20), at) or _GOVERNMENT_AFTER.match(norm.original, place.mention.end):
        return "directional"  # "تقول نيامي", "Bamako accuses": a capital speaking for its government
    if (_OPERATION_LABEL.search(text, max(0, at - 40), at) and _LABEL_END.match(norm.original, place.mention.end)) or (
            _ZONE_LABEL.search(text, max(0, at - 20), at) and _ZONE_LABEL_END.match(norm.original, place.mention.end)):
        return "containers"  # "Operation Damissa (Diffa): ... the military position of Toumour": the theatre
    labels_line = _LINE_START.search(text, max(0, at - 20), at) and _LINE_LABEL_END.match(norm.original,
                                                                                         place.mention.end)
    if labels_line and any(p.is_local and p.mention.start > place.mention.start and p.place.id != place.place.id
                           for p in sentence_places):
        return "containers"  # "Diffa - ... at Bosso", "GUSAU - ... in Bungudu": the item's label, the dateline
    zone = _ZONE_BEFORE.search(text, max(0, at - 40), at) or _ZONE_AFTER.match(norm.original, place.mention.end) or (
        _AR_ZONE_BEFORE.search(text, max(0, at - 12), at) and _AR_ZONE_AFTER.match(norm.original, place.mention.end))
    seat = zone or _FORCE_SEAT.search(text, max(0, at - SEAT_REACH), at)
    if seat and any(
            p.is_local and p.mention.start > place.mention.start and p.place.id != place.place.id
            and (p.place.admin1_code == place.place.admin1_code or (zone and p.place.country == place.place.country))
            and not _unit_of_place_before(norm, norm.folded_offset(p.mention.start), [place])
            and not _OPENING_QUOTE.search(norm.original, max(0, p.mention.start - 2), p.mention.start)
            for p in sentence_places):
        # (a military zone spans regions: "دورية تابعة لمنطقة سبها العسكرية ... قرب بلدة القطرون"; an outlet named
        # after a town is no place the unit went to: "حسب ما أفاد به مصدر أمني لـ"القصرين اليوم"")
        return "directional"  # "تمكنت وحدات الحرس الوطني بالقصرين ... من إلقاء القبض على عنصر بمعتمدية فريانة"
    if _RECALLED_ATTACK.search(text, max(0, at - 80), at) and any(
            p.place.kind == "town" and p.place.id != place.place.id for p in sentence_places):
        return "directional"  # the attack the hunted men had made, not where they were caught (but "the group was
        #                       behind the attack on Mera village in Augie LGA" tells that attack)
    if _ROUTE_BEHIND.search(text, max(0, at - 80), at) and any(
            p.is_local and p.mention.start > place.mention.start and p.place.id != place.place.id
            for p in sentence_places):
        return "directional"
    if _ACTIVE_IN.search(text, max(0, at - 40), at) and any(
            p.is_local and p.mention.start < place.mention.start for p in sentence_places):
        return "directional"  # (a group's haunt named after the event's own place)
    if _HOSPITAL.search(text, max(0, at - 70), at) or _DIED_OF_WOUNDS.search(text, max(0, at - 50), at):
        return "directional"  # "نقل الجرحى إلى مستشفى جامعة مايدوغوري، حيث زارهم الحاكم": the hospital's "where"
    if _elsewhere(norm, place, sentence_places) or _second_destination(norm, place, sentence_places) or (
            _marchers_home(norm, place, sentence_places)) or (
            _speakers_place(norm, place, sentence_places)):
        return "directional"
    unit_after_town = (_UNIT_AFTER_PLACE.search(text, max(0, at - 40), at) or _UNIT_NAMED.match(text, at)
                       or _LOCATOR.search(text, max(0, at - 40), at)
                       or _UNIT_WORD_AFTER.match(text, norm.folded_offset(place.mention.end))) and (
        _holds_a_place_before(norm, place, at, sentence_places, lambda p: p.geo_precision in (1, 2) or p.is_local))
    district_after_town = place.place.kind == "admin2" and _holds_a_place_before(
        norm, place, at, sentence_places,
        lambda p: p.place.kind == "town" and p.place.admin1_code == place.place.admin1_code)
    # ("Kourégou, a farming village in Téra department": the department named as such holds the village)
    if place.mention.start in held or _CONTAINER.search(text, max(0, at - 30), at) or unit_after_town or (
            district_after_town) or is_road_end(norm, place, at) or (
            _second_end_between(norm, place, sentence_places)) or (
            _district_in_apposition(norm, place, sentence_places)) or _venue_in_a_town(norm, place, sentence_places):
        return "containers"  # "بلدة سانام التابعة لمقاطعة أبالا": Abala holds it
    return None
