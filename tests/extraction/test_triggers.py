"""Meeting words per kind and language, on sentences written for these tests."""

import re
from datetime import date

import pytest

from articles.extraction import triggers
from articles.extraction.language import detect_language
from articles.extraction.triggers import find_triggers


def kinds(sentence, language):
    return [t.kind for t in find_triggers(sentence, language)]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Les deux présidents ont eu un entretien téléphonique lundi.", "call"),
        ("Elle a appelé mardi son homologue italien.", "call"),
        ("Les ministres se sont parlé au téléphone dimanche.", "call"),
        ("Le chancelier rencontrera le roi vendredi.", "meeting"),
        ("Il sera reçu mercredi par le président.", "meeting"),
        ("Les pourparlers reprendront à Doha.", "talks"),
        ("Le sommet de l'Union africaine s'ouvre samedi.", "summit"),
        ("La ministre doit se rendre à Dakar jeudi.", "visit"),
        ("Sa visite d'Etat a été reportée.", "visit"),
        ("La conférence des donateurs se tiendra à Paris.", "conference"),
        # the participle agrees with a feminine subject
        ("Les deux délégations se sont enfin retrouvées jeudi.", "meeting"),
        ("Les deux ministres se sont revues mardi à Tunis.", "meeting"),
    ],
)
def test_it_finds_french_triggers_by_kind(sentence, kind):
    assert kind in kinds(sentence, "fr")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The two presidents spoke by phone on Monday.", "call"),
        ("She held a phone call with her Italian counterpart.", "call"),
        ("The chancellor met the king on Friday.", "meeting"),
        ("The prime minister hosted the emir at his residence.", "meeting"),
        ("Talks will resume in Doha next week.", "talks"),
        ("The African Union summit opens on Saturday.", "summit"),
        ("The minister will visit Dakar on Thursday.", "visit"),
        ("The minister is due to travel to Dakar.", "visit"),
        ("A donors' conference will take place in Paris.", "conference"),
    ],
)
def test_it_finds_english_triggers_by_kind(sentence, kind):
    assert kind in kinds(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre s'est lui aussi entretenu mardi avec son homologue.",
        "Le ministre s'est ensuite longuement entretenu mardi avec son homologue.",
        "La ministre s'était elle aussi entretenue lundi avec le roi.",
    ],
)
def test_it_finds_a_french_meeting_verb_behind_a_stressed_pronoun_or_two_adverbs(sentence):
    assert "meeting" in kinds(sentence, "fr")


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("The Chilean president, reached by phone on Sunday, denied the report.", "en", "call"),
        (
            "The chancellor was patched through to the Kenyan president from his plane.",
            "en",
            "call",
        ),
        ("Joint par téléphone lundi par son homologue, le président a démenti.", "fr", "call"),
        ("Le ministre était en ligne avec son homologue vendredi pendant une heure.", "fr", "call"),
        (
            "The premier will be in Lima on Monday, with the Peruvian president as his host.",
            "en",
            "visit",
        ),
        ("Le président sera à Lima le 19 avril, l'hôte de son homologue péruvien.", "fr", "visit"),
        (
            "The prime minister was welcomed with full military honours in Rome on Tuesday.",
            "en",
            "visit",
        ),
        (
            "Le Premier ministre a été accueilli avec les honneurs militaires mardi à Rome.",
            "fr",
            "visit",
        ),
        (
            "The Kenyan envoy briefed Secretary of State Anna Berg on the talks on Monday.",
            "en",
            "meeting",
        ),
        (
            "The Chilean minister attended a dinner given by her Peruvian counterpart.",
            "en",
            "meeting",
        ),
        ("L'émissaire a transmis lundi au président chilien un message du roi.", "fr", "meeting"),
        (
            "Chilean and Peruvian negotiators agreed in Quito on Monday to reopen the border.",
            "en",
            "talks",
        ),
        (
            "Chiliens et Péruviens sont tombés d'accord mardi à Quito pour rouvrir la frontière.",
            "fr",
            "talks",
        ),
        ("The 12th round between Chilean and Peruvian negotiators ended on Friday.", "en", "talks"),
        (
            "The latest sitting of the two border commissions in Arica on Friday was short.",
            "en",
            "talks",
        ),
        (
            "Chilean and Peruvian officials parted in Lima in July without an agreement.",
            "en",
            "talks",
        ),
        (
            "Le tour de table de lundi à Quito entre Chiliens et Péruviens n'a rien donné.",
            "fr",
            "talks",
        ),
        (
            "Mardi, la médiation mettra face à face les délégations chilienne et péruvienne.",
            "fr",
            "talks",
        ),
        ("Les deux délégations s'étaient quittées en juin à Quito sans accord.", "fr", "talks"),
    ],
)
def test_it_finds_a_meeting_told_in_passing(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Le ministre a tenu une conférence de presse à Rome.", "fr"),
        ("Dans un entretien accordé au journal, il a exclu toute concession.", "fr"),
        ("The minister gave a press conference in Rome.", "en"),
        ("Lawmakers resumed debt ceiling talks in Washington.", "en"),
        ("The opposition called for new elections.", "en"),
        ("The bishop called for talks between the two rebel groups.", "en"),
        ("The writer gave two talks on poetry at the festival.", "en"),
        ("The budget plan met with fierce criticism in parliament.", "en"),
        ("Le secrétaire général a appelé lundi à un cessez-le-feu.", "fr"),
        ("L'historienne a donné mardi une conférence sur la Révolution.", "fr"),
        ("La ministre a reçu lundi le prix de la fondation.", "fr"),
        ("Les deux partis se retrouvent dans une impasse.", "fr"),
        ("Le maire a visité jeudi une usine de batteries.", "fr"),
        ("The country expects to meet its 2030 emissions target early.", "en"),
        ("A Chilean team reached the summit of Aconcagua on Friday.", "en"),
        ("La cordée italienne a atteint dimanche le sommet du Cervin.", "fr"),
        ("The governor visited a steel plant in Ohio on Monday.", "en"),
        ("The senator had lunch with her family in Boston on Sunday.", "en"),
        ("Le ministre a déjeuné lundi avec des agriculteurs du Gers.", "fr"),
        ("Elle a passé mardi un entretien d'embauche à Lyon.", "fr"),
        ("L'ancien président a reçu jeudi à Oslo le prix de la paix.", "fr"),
        ("The mayor won the first round on Sunday, ahead of the runoff vote.", "en"),
        ("The envoy called on Tuesday for talks between the two factions.", "en"),
        ("The president addressed the Danish parliament by video link on Monday.", "en"),
        ("La présidente s'est adressée lundi au Sénat belge par visioconférence.", "fr"),
        ("The defence minister visited troops near the border on Friday.", "en"),
        ("Le président s'est rendu jeudi auprès des troupes déployées au nord.", "fr"),
        ("The new Chilean ambassador arrived in Rome on Monday to take up his post.", "en"),
        ("Le nouvel ambassadeur est arrivé mardi à Berne pour prendre ses fonctions.", "fr"),
        ("Voters in Chile go to the polls in November.", "en"),
        ("The premier spent Sunday drafting his party conference speech.", "en"),
        ("The bilateral investment treaty between the two states took effect on Monday.", "en"),
        ("Chile and Peru meet in the semi-final in Lima on Saturday.", "en"),
        ("Le Chili et le Pérou se rencontrent samedi en demi-finale à Lima.", "fr"),
        ("The two captains shook hands before kick-off in Lima on Friday.", "en"),
    ],
)
def test_it_does_not_take_press_events_or_domestic_talks_for_meetings(sentence, language):
    assert kinds(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("The king conferred privately with the Jordanian envoy on Monday.", "en", "meeting"),
        ("The emir sounded out the rebel leader in Doha on Friday.", "en", "meeting"),
        ("The two premiers broke the fast together with the mufti on Tuesday.", "en", "meeting"),
        ("The two leaders sat across from each other in Vienna in June 1961.", "en", "meeting"),
        ("The two presidents were connected by secure video on Monday.", "en", "call"),
        ("Farm negotiators from both blocs bargained late into Sunday in Brussels.", "en", "talks"),
        ("The mediator shuttled between Kigali and Kinshasa last week.", "en", "talks"),
        ("Nordic foreign ministers deliberated in Oslo on Monday.", "en", "conference"),
        ("Andean heads of state will sit in Quito on 3 May.", "en", "summit"),
        ("The Chilean foreign minister will drop in on Lima on Thursday.", "en", "visit"),
        ("La présidente a petit-déjeuné mardi avec le chancelier à Vienne.", "fr", "meeting"),
        ("Le roi a eu pour hôte lundi le président sénégalais.", "fr", "meeting"),
        ("Le ministre a pris langue par téléphone jeudi avec son homologue.", "fr", "call"),
        ("L'envoyé suisse a fait la navette mardi entre Erevan et Bakou.", "fr", "talks"),
        ("Les négociateurs se remettront à l'ouvrage lundi à Genève.", "fr", "talks"),
        ("Les ministres des Finances du G7 ont siégé vendredi à Niigata.", "fr", "conference"),
        ("Les chefs d'État de la CEMAC tiendront leurs assises en juin à Malabo.", "fr", "summit"),
        ("Le président chilien fera étape samedi à Lima, chez son homologue.", "fr", "visit"),
        ("Le ministre s'est déplacé jeudi à Tunis auprès du président.", "fr", "visit"),
    ],
)
def test_it_finds_a_meeting_told_without_the_usual_meeting_words(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The tenor sounded out of tune at the gala on Friday.", "en"),
        ("The striker came face to face with the goalkeeper in the final minute.", "en"),
        ("The court deliberated for two days before its ruling.", "en"),
        ("Le porte-avions a fait escale samedi dans le port de Toulon.", "fr"),
        ("Le ministre s'est déplacé jeudi en Corrèze pour inaugurer une école.", "fr"),
        ("Les juges ont délibéré toute la nuit avant le verdict.", "fr"),
        ("Les deux armées ont échangé deux cents prisonniers samedi à la frontière.", "fr"),
        ("Les ministres du gouvernement ont siégé mercredi à l'Élysée.", "fr"),
        ("Les dirigeants du parti ont siégé samedi à Lyon.", "fr"),
        ("The cabinet ministers sat in Canberra on Monday to approve the budget.", "en"),
        ("Party leaders will sit in Paris on Sunday to pick a candidate.", "en"),
    ],
)
def test_it_does_not_take_those_words_for_meetings_elsewhere(sentence, language):
    assert kinds(sentence, language) == []


def test_it_counts_two_calls_when_the_text_says_two():
    (trigger,) = find_triggers("Ils ont eu deux conversations téléphoniques en mai.", "fr")
    assert trigger.count == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Les deux dirigeants s'étaient entretenus en visioconférence en février.",
        "Les deux hommes se sont retrouvés lundi à Genève.",
    ],
)
def test_it_counts_one_meeting_when_two_people_meet(sentence):
    assert [t.count for t in find_triggers(sentence, "fr")] == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said he looks forward to welcoming President Lee to Tokyo in May.",
        "The prime minister is receiving President Lee at his residence on Friday.",
    ],
)
def test_it_finds_a_host_in_the_ing_form(sentence):
    assert "meeting" in kinds(sentence, "en")


def test_it_tells_french_from_english():
    assert detect_language("Le président a rencontré son homologue à Genève.") == "fr"
    assert detect_language("The president met his counterpart in Geneva.") == "en"


def test_it_reads_a_previous_round_as_talks_but_not_a_round_of_voting():
    from articles.extraction.triggers import find_triggers

    assert [t.kind for t in find_triggers("A previous round in Nairobi failed.", "en")] == ["talks"]
    assert find_triggers("The next round of voting is in May.", "en") == []


def test_it_reads_regular_visits_as_a_practice_not_an_event():
    from articles.extraction.triggers import find_triggers

    assert find_triggers("They agreed to resume regular visits.", "en") == []
    assert find_triggers("Ils ont promis des visites régulières.", "fr") == []


def test_it_finds_no_meeting_that_the_sentence_denies():
    from articles.extraction.triggers import find_triggers

    assert find_triggers("Kiir and Machar have not spoken directly since June.", "en") == []
    assert find_triggers("No summit is planned before the rains.", "en") == []
    assert find_triggers("Il n'a pas rencontré le Premier ministre.", "fr") == []
    assert find_triggers("Un accord a été signé sans rencontre entre les chefs.", "fr") == []
    assert [t.text for t in find_triggers("Not only talks but a summit.", "en")] == [
        "talks",
        "summit",
    ]


def test_it_finds_no_meeting_in_a_football_fixture():
    from articles.extraction.triggers import find_triggers

    sentence = "L'équipe nationale du Ghana a rencontré le Togo samedi en match amical."
    assert find_triggers(sentence, "fr") == []


# The frames of data/frames.json: meals, working sessions, audiences, hosting, being expected.
@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("La ministre partagera un déjeuner de travail avec son homologue jeudi.", "fr", "meeting"),
        ("Un dîner d'État est offert samedi au souverain.", "fr", "meeting"),
        ("Une séance de travail réunira les deux délégations mardi.", "fr", "talks"),
        ("Le pape l'a reçu en audience au Vatican.", "fr", "meeting"),
        ("La présidente a accueilli lundi le Premier ministre à Rome.", "fr", "meeting"),
        ("L'émissaire est attendu vendredi dans la capitale malienne.", "fr", "visit"),
        ("The envoy will have lunch with the foreign minister on Friday.", "en", "meeting"),
        ("The queen gave a state dinner for the visiting president.", "en", "meeting"),
        ("She will also hold a bilateral with the Kenyan president.", "en", "talks"),
        ("He was granted a private audience with the king.", "en", "meeting"),
        ("The foreign minister is now in Chile on an official visit.", "en", "visit"),
        ("La présidente se trouve actuellement au Pérou.", "fr", "visit"),
        ("Le chancelier rentre à peine du G20 de Rio.", "fr", "summit"),
        ("She returned from the G7 on Sunday.", "en", "summit"),
        ("Il participera lundi au Conseil Affaires étrangères.", "fr", "meeting"),
        ("She will attend the session of the UN General Assembly.", "en", "meeting"),
        ("He spoke at the World Economic Forum in Davos.", "en", "conference"),
        ("His schedule includes contacts with several African leaders.", "en", "meeting"),
        ("Elle aura des contacts avec plusieurs ministres européens.", "fr", "meeting"),
        ("Les deux chefs d'Etat ont échangé une poignée de main historique.", "fr", "meeting"),
        ("The two leaders shook hands in front of the cameras.", "en", "meeting"),
        ("Le président était invité au parlement à Berne les 3 et 4 mai.", "fr", "visit"),
        ("The king was invited to Paris for the anniversary.", "en", "visit"),
        ("The two presidents will discuss trade on Friday.", "en", "talks"),
        ("They plan their first face-to-face discussion today.", "en", "talks"),
        ("Les deux ministres discuteront vendredi du commerce.", "fr", "talks"),
        (
            "Le Premier ministre a reçu en audience jeudi, à Conakry, l'ambassadeur.",
            "fr",
            "meeting",
        ),
        ("Les deux présidents s'étaient vus en octobre à Banjul.", "fr", "meeting"),
        ("Les deux délégations se reverront le 16 janvier.", "fr", "meeting"),
        ("The ambassador called on the foreign minister on Friday.", "en", "meeting"),
        ("The president was closeted with the king for three hours.", "en", "meeting"),
        ("The sultan will play host to the Iranian president next week.", "en", "meeting"),
        ("The premier had a long conversation with the visiting chancellor.", "en", "meeting"),
        ("The prime minister was on the phone with the president for an hour.", "en", "call"),
        ("The two delegations held a first plenary session on Monday.", "en", "talks"),
        ("The two sides will reconvene in Djibouti on June 2.", "en", "talks"),
        ("A Russian-Chinese consultation is planned for next month.", "en", "talks"),
        (
            "Le ministre a conféré hier au Quai d'Orsay avec l'ambassadeur soviétique.",
            "fr",
            "meeting",
        ),
        ("Le président a déjeuné vendredi à l'Élysée avec le chancelier.", "fr", "meeting"),
        ("Les deux ministres ont échangé sur la situation au Sahel.", "fr", "meeting"),
        ("L'ambassadeur a présenté lundi ses lettres de créance au roi.", "fr", "meeting"),
        ("Le président a eu vendredi une communication téléphonique avec le roi.", "fr", "call"),
        ("Les émissaires des deux pays ont négocié samedi à Doha.", "fr", "talks"),
        ("Les deux présidents se retrouvent dans la capitale finlandaise.", "fr", "meeting"),
        ("Le ministre a offert jeudi au Quai d'Orsay un dîner aux délégations.", "fr", "meeting"),
        ("Samedi, 20h00 — Dîner offert par le président en l'honneur du roi.", "fr", "meeting"),
        ("Riyad : audience auprès du prince héritier.", "fr", "meeting"),
        ("En juin, les deux hommes s'étaient serré la main à Genève.", "fr", "meeting"),
        ("The president gave a dinner at the palace for the visiting king.", "en", "meeting"),
        ("Le président a reçu avant-hier le ministre des Affaires étrangères.", "fr", "meeting"),
        ("Il dînera ce soir au Quai d'Orsay avec le ministre.", "fr", "meeting"),
    ],
)
def test_it_finds_meetings_named_by_a_meal_a_session_or_a_welcome(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Les restaurants servent le déjeuner à midi.", "fr"),
        ("La séance plénière du Parlement a été levée.", "fr"),
        ("The ministers discussed bilateral trade and investment.", "en"),
        ("Dinner is served at eight in the hotel restaurant.", "en"),
        ("The economy is in Recession territory, analysts say.", "en"),
        ("Les ministres des Finances du G20 ont publié un communiqué.", "fr"),
        ("The forum for dialogue remains open to all.", "en"),
        ("Les journalistes étaient invités à poser leurs questions.", "fr"),
        ("The discussion of the budget took hours.", "en"),
    ],
)
def test_it_takes_no_meal_or_bilateral_word_alone_for_a_meeting(sentence, language):
    assert kinds(sentence, language) == []


def test_it_reads_a_noun_apposed_to_a_meeting_as_the_same_meeting():
    from datetime import date

    from articles.extraction import Extractor

    text = (
        "Ivan Petrov et Marko Jovic s'étaient rencontrés pour la première fois le 2 mars, déjà "
        "à Bruxelles, une entrevue alors jugée décisive par l'Union européenne."
    )
    events = Extractor().extract(text, published=date(2030, 3, 10), language="fr").events
    assert [(e["date"], e["kind"], [p["name"] for p in e["participants"]]) for e in events] == [
        ("2030-03-02", "meeting", ["Ivan Petrov", "Marko Jovic"])
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_it_reads_each_language_vocabulary_from_a_well_formed_data_file(language):
    # An editor of data/triggers_<language>.json gets told here, not by a silent miss: every
    # trigger names a known kind and every phrase compiles.
    vocabulary = triggers._vocabulary(language)
    assert vocabulary["triggers"] and vocabulary["stems"] and vocabulary["not_meetings"]
    for trigger in vocabulary["triggers"]:
        assert trigger["kind"] in triggers.KINDS
        for form in trigger["forms"]:
            re.compile(form.replace("{adverb}", triggers._ADVERB))
    for phrase in vocabulary["not_meetings"] + vocabulary["sport"] + vocabulary["stems"]:
        re.compile(phrase)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("The emir telephoned the Syrian president on Sunday.", "en", "call"),
        ("The president spoke today with his Brazilian counterpart.", "en", "call"),
        ("The envoy conferred with the rebel leaders in Juba.", "en", "talks"),
        ("The minister called on President Kagame in Kigali on Monday.", "en", "meeting"),
        ("The delegation paid a courtesy call on the governor.", "en", "meeting"),
        ("The king granted an audience to the Dutch envoy.", "en", "meeting"),
        ("The two leaders had a working dinner in Oslo.", "en", "meeting"),
        ("The Chilean minister is expected in Quito on Tuesday.", "en", "visit"),
        ("The two ministers held a brief bilateral after the session.", "en", "talks"),
        ("A fourth round was held in Nairobi between the two sides.", "en", "talks"),
        ("Le quatrième cycle s'est tenu samedi à Oman.", "fr", "talks"),
        ("L'envoyé a été reçu le 3 mars au palais présidentiel par le chef de l'Etat.", "fr",
         "meeting"),
        ("La ministre a dîné lundi soir avec son homologue suédois.", "fr", "meeting"),
        ("Le président s'est concerté mardi avec ses homologues de la région.", "fr", "meeting"),
        ("Le Premier ministre a atterri jeudi à Hanoï.", "fr", "visit"),
        ("Le chef de la diplomatie est attendu lundi à Quito.", "fr", "visit"),
        ("Les deux gouvernements tiendront un conseil des ministres franco-italien à Rome.", "fr",
         "meeting"),
        ("Le président doit rejoindre en soirée le chancelier allemand à Berlin.", "fr",
         "meeting"),
        ("11h30 Audience accordée à l'ambassadeur du Japon.", "fr", "meeting"),
        ("The emir is due to speak to President Lula later on Monday.", "en", "call"),
    ],
)  # fmt: skip
def test_it_finds_meetings_in_the_frames_added_from_unseen_articles(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The statement called on Russia to withdraw its troops.", "en"),
        ("The president spoke with reporters on Monday.", "en"),
        ("The first round of the presidential election was held in May.", "en"),
        ("Le nouveau cycle électoral s'ouvre en mars.", "fr"),
        ("Le verdict est attendu lundi.", "fr"),
        ("Elle a rejoint le camp du président en mai.", "fr"),
        ("Il a rejoint le gouvernement du Premier ministre en 2019.", "fr"),
    ],
)
def test_it_takes_no_demand_press_talk_election_round_or_verdict_for_a_meeting(sentence, language):
    assert not kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The premier called the agreement a betrayal.", "en"),
        ("The minister received criticism from the opposition.", "en"),
        ("She welcomed the decision of the court.", "en"),
        ("Le ministre a reçu des menaces de mort.", "fr"),
    ],
)
def test_it_wants_a_name_or_a_title_after_called_received_or_welcomed(sentence, language):
    # the capital letter a name starts with is read as such, whatever the case of the rest
    assert not kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("The dinner was hosted by the Kenyan president.", "en", "meeting"),
        ("The emir received a delegation of Sudanese generals.", "en", "meeting"),
        ("The chancellor received a phone call from the Polish president.", "en", "call"),
        ("Le sultan a reçu jeudi à Mascate l'émissaire américain.", "fr", "meeting"),
        ("Il doit être reçu demain matin au palais de l'Elysée par le président.", "fr", "meeting"),
        ("Le président avait reçu la veille un appel du Premier ministre indien.", "fr", "call"),
    ],
)
def test_it_finds_hosting_receiving_and_calls_received(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("The envoy huddled with Secretary of State Rubio behind closed doors.", "en", "meeting"),
        ("The prime minister lunched with her Danish counterpart on Friday.", "en", "meeting"),
        ("The foreign minister paid his respects to the emir in Doha.", "en", "meeting"),
        ("The two presidents had a brief pull-aside at the summit.", "en", "meeting"),
        ("The strategic dialogue will take place in Lima next month.", "en", "talks"),
        ("The two delegations sat across the table in Oslo for a day.", "en", "talks"),
        ("The minister stopped over in Reykjavik on his way home.", "en", "visit"),
        ("The chancellor's three-nation tour of the Gulf begins on Sunday.", "en", "visit"),
        ("The premier placed a call to the Korean president late on Friday.", "en", "call"),
        ("The ministers held an emergency teleconference on Sunday.", "en", "call"),
        ("Les retrouvailles des deux présidents ont eu lieu à Rabat.", "fr", "meeting"),
        ("Le ministre a échangé mardi à Dakar avec son homologue gambien.", "fr", "meeting"),
        ("La présidente aura une bilatérale avec le chancelier samedi.", "fr", "meeting"),
        ("Le dialogue stratégique se tiendra le 3 mai à Brasilia.", "fr", "talks"),
        ("Le Qatar a servi de médiateur entre les deux camps à Doha.", "fr", "talks"),
        ("Le ministre a fait escale à Djibouti avant de rejoindre Addis-Abeba.", "fr", "visit"),
        ("Les deux présidents se sont parlé dimanche soir.", "fr", "call"),
        ("Le roi a passé un coup de fil au président sénégalais.", "fr", "call"),
    ],
)  # fmt: skip
def test_it_finds_meetings_in_the_frames_of_the_lexicon_probe(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The team talked to reporters after the match.", "en"),
        ("The council greeted the proposal with scepticism.", "en"),
        ("Les députés ont échangé des invectives dans l'hémicycle.", "fr"),
    ],
)
def test_it_takes_no_word_of_the_lexicon_probe_frames_out_of_its_context(sentence, language):
    assert not kinds(sentence, language)


def test_it_reads_a_summit_held_by_videoconference_as_no_call():
    assert kinds("Le sommet s'est tenu par visioconférence.", "fr") == ["summit"]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("The envoy is due to see the Dutch prime minister on Friday.", "en", "meeting"),
        ("She has spoken by phone with the emir of Kuwait.", "en", "call"),
        ("The president will call his Kenyan counterpart tonight.", "en", "call"),
        ("The two men spoke for about forty minutes in a side room.", "en", "meeting"),
        ("The mediator held separate sessions with each delegation.", "en", "talks"),
        ("Le médiateur avait réuni les deux dirigeants à Genève.", "fr", "meeting"),
        ("La délégation a passé deux jours à Bamako.", "fr", "visit"),
        ("Le ministre verra le président malien lundi.", "fr", "meeting"),
        ("La négociation s'est ouverte lundi à Genève.", "fr", "talks"),
    ],
)  # fmt: skip
def test_it_finds_the_inflections_and_frames_missing_from_blind5(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("We will see the results next year.", "en"),
        ("He is expected to call for a ceasefire.", "en"),
        ("Le gouvernement a réuni trois milliards d'euros.", "fr"),
        ("La négociation salariale a échoué.", "fr"),
    ],
)
def test_it_takes_no_seeing_calling_or_gathering_of_things_for_a_meeting(sentence, language):
    assert not kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("Le chancelier reçut l'ambassadeur soviétique au palais.", "fr", "meeting"),
        ("Les deux dirigeants se rencontrèrent une dernière fois à Vienne.", "fr", "meeting"),
        ("Le ministre s'entretint deux heures avec son homologue.", "fr", "meeting"),
        ("Le ministre s'entretenait encore avec le roi à minuit.", "fr", "meeting"),
        ("La reine accueillit le président finlandais à Windsor.", "fr", "meeting"),
        ("Il doit rejoindre le président américain à Camp David.", "fr", "meeting"),
        ("Le Premier ministre se rendit ensuite à Lisbonne.", "fr", "visit"),
        ("The governor hosted the two premiers at a lakeside lodge.", "en", "meeting"),
        ("The envoy saw Mr Ndlovu privately before the ceremony.", "en", "meeting"),
        ("The last session between the two negotiators ran past midnight.", "en", "talks"),
        ("An emergency session of the regional council was called.", "en", "conference"),
        ("The Pacific Islands Forum opened in Apia on Monday.", "en", "conference"),
    ],
)  # fmt: skip
def test_it_finds_meetings_told_in_the_narrative_tenses_and_other_forms(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Le pays a rejoint l'Alliance atlantique en 2004.", "fr"),
        ("Le parti a retrouvé la majorité.", "fr"),
        ("The minister saw a chance to reopen the file.", "en"),
    ],
)
def test_it_takes_no_joining_finding_or_seeing_of_things_for_a_meeting(sentence, language):
    assert not kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        ("Les négociateurs doivent se retrouver mardi à Lomé.", "fr", "meeting"),
        ("A Goma, le gouverneur l'a reçu dans la soirée.", "fr", "meeting"),
        ("Le roi a reçu mardi soir à dîner les deux présidents.", "fr", "meeting"),
        ("Le ministre avait été reçu à déjeuner par le président ghanéen.", "fr", "meeting"),
        ("Le ministre a remis au roi une lettre du président.", "fr", "meeting"),
        ("Réunis mardi à Accra, les chefs d'Etat ont adopté un plan.", "fr", "meeting"),
        ("La commission mixte franco-ghanéenne siégera en mai.", "fr", "meeting"),
        ("Le gouvernement a refusé d'accueillir lundi une mission de la CEDEAO.", "fr", "meeting"),
        ("The envoy ended a long session with the rebel commander.", "en", "talks"),
        ("The joint commission will meet in Dakar.", "en", "talks"),
        ("He handed the king a letter from the prime minister.", "en", "meeting"),
    ],
)  # fmt: skip
def test_it_finds_the_meetings_missing_from_blind8(sentence, language, kind):
    assert kind in kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Le pays pourrait se retrouver isolé sur la scène internationale.", "fr"),
        ("Le ministre a remis sa démission au président.", "fr"),
        ("Réunis en congrès, les parlementaires ont voté la réforme.", "fr"),
    ],
)
def test_it_takes_no_finding_oneself_or_resigning_for_a_meeting(sentence, language):
    assert not kinds(sentence, language)


def test_it_finds_a_gathering_told_with_an_object_pronoun():
    assert kinds("En août, Vladimir Poutine les avait réunis à Sotchi.", "fr") == ["meeting"]


def test_it_reads_coming_to_a_capital_as_a_visit_and_not_coming_to_a_conclusion(extract):
    from datetime import date

    (visit,) = extract("Narendra Modi came to Canberra in March 2023.", date(2024, 3, 14), "en")
    assert (visit["kind"], visit["date"]) == ("visit", "2023-03")
    assert "Australia" in {p["name"] for p in visit["participants"]}
    assert extract("Modi came to the conclusion on Monday.", date(2024, 3, 14), "en") == []


def test_it_reads_being_received_at_a_place_by_someone_as_a_meeting(extract):
    from datetime import date

    (meeting,) = extract(
        "Vo Van Thuong was received at the presidential palace by Sergio Mattarella on Wednesday.",
        date(2023, 7, 28),
        "en",
    )
    assert meeting["date"] == "2023-07-26"
    assert {"Vo Van Thuong", "Sergio Mattarella"} <= {p["name"] for p in meeting["participants"]}


def test_it_reads_ministerial_councils_and_lunches_together_as_meetings(extract):
    from datetime import date

    events = extract(
        "Les ministres de la Communauté européenne ont déjeuné ensemble mardi. Giovanni Lajolo "
        "conduira la délégation du Saint-Siège au conseil ministériel de l'OSCE le 1er décembre.",
        date(2003, 11, 20),
        "fr",
    )
    by_date = {e["date"]: {p["name"] for p in e["participants"]} for e in events}
    assert "European Community" in by_date["2003-11-18"]
    assert "OSCE" in by_date["2003-12-01"]


def test_it_reads_a_pluperfect_reflexive_meeting_verb_with_an_adverb():
    found = find_triggers("Les deux ministres s'étaient déjà retrouvés à Vienne en mars.", "fr")
    assert [t.text for t in found] == ["s'étaient déjà retrouvés"]


def test_it_reads_no_meeting_in_a_negated_pluperfect_reflexive_verb():
    text = "Les deux ministres ne s'étaient pas retrouvés depuis le début des combats."
    assert find_triggers(text, "fr") == []


def test_it_reads_a_passive_receive_with_a_time_before_its_agent():
    text = "The two envoys were received that afternoon by the king at the palace."
    assert [t.text for t in find_triggers(text, "en")] == ["received"]


@pytest.mark.parametrize(
    "text",
    [
        "Le livre de l'ancienne ministre a rencontré un vif succès dès sa sortie mardi.",
        "La réforme rencontre des résistances au Parlement.",
    ],
)
def test_it_reads_no_meeting_in_rencontrer_with_an_abstract_object(text):
    assert find_triggers(text, "fr") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("President Lena Park signed a border agreement with Omar Haddad in Tunis.", "en"),
        ("La présidente Lena Park a signé à Tunis un accord frontalier avec Omar Haddad.", "fr"),
    ],
)
def test_it_reads_signing_an_agreement_with_someone_as_a_meeting(text, language):
    assert len(find_triggers(text, language)) == 1


def test_it_reads_no_meeting_in_a_treaty_signed_by_one_side(extract):
    # the signing is a meeting word; one side signing is no meeting (validity.is_event)
    assert extract("Russia signed the treaty in 1997.", date(2024, 3, 14), "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday evening Mr. Ostrowski saw the party's general secretary, Lin Baojun.",
        "The envoy, who saw President Omar Haddad in Tunis on Monday, flew home.",
        "On Tuesday Mr Okafor called on the Fijian Prime Minister, Ratu Semi Koroi.",
    ],
)
def test_it_reads_seeing_or_calling_on_a_person_as_a_meeting(text):
    assert [t.kind for t in find_triggers(text, "en")] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts saw President Omar Haddad as the winner of the election.",
        "Few saw President Omar Haddad's speech on Monday.",
        "Mr Okafor called on President Omar Haddad to release the prisoners.",
    ],
)
def test_it_reads_no_meeting_in_seeing_someone_as_or_calling_on_someone_to(text):
    assert find_triggers(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, le chancelier a donné un déjeuner pour le ministre Omar Haddad.",
        "Le président a retenu à dîner mardi son homologue Omar Haddad.",
    ],
)
def test_it_reads_a_meal_given_for_a_guest_as_a_meeting(text):
    assert [t.kind for t in find_triggers(text, "fr")] == ["meeting"]


@pytest.mark.parametrize(
    "text, kinds",
    [
        (
            "Mr. Ruiz and Mr. Haddad held a last conversation of about an hour on Sunday.",
            ["meeting"],
        ),
        ("There was an hour's conversation between Ana Ruiz and Omar Haddad.", ["meeting"]),
        ("Ana Ruiz had a telephone conversation with Omar Haddad on Sunday.", ["call"]),
    ],
)
def test_it_reads_a_conversation_held_as_a_meeting_unless_on_the_telephone(text, kinds):
    assert [t.kind for t in find_triggers(text, "en")] == kinds


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ana Ruiz joined Omar Haddad for dinner on Tuesday.", "en"),
        ("Ana Ruiz and Omar Haddad exchanged views in Tunis on Tuesday.", "en"),
        ("Ana Ruiz consulted with Omar Haddad in Tunis on Tuesday.", "en"),
        ("Ana Ruiz a vu mardi Omar Haddad à Tunis.", "fr"),
        ("Ana Ruiz a serré la main de Omar Haddad mardi à Tunis.", "fr"),
    ],
)
def test_it_reads_joining_seeing_or_consulting_someone_as_a_meeting(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    ["Le projet a vu le jour en 2019.", "La France a vu son déficit se creuser en 2023."],
)
def test_it_reads_no_meeting_in_voir_without_a_person(text):
    assert find_triggers(text, "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "La ministre avait retrouvé son homologue tunisien Omar Haddad dans la matinée.",
        "L'Union africaine réunira le 3 mars à Tunis les chefs d'Etat de la région.",
        "Le président a réuni hier, avant la séance, le chancelier et le premier ministre.",
    ],
)
def test_it_reads_the_missing_tenses_and_genders_of_retrouver_and_reunir(text):
    assert [t.kind for t in find_triggers(text, "fr")] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Le pays a retrouvé la croissance en 2023.",
        "Le parti a réuni 30 % des voix dimanche.",
    ],
)
def test_it_reads_no_meeting_in_retrouver_or_reunir_without_people(text):
    assert find_triggers(text, "fr") == []


def test_it_finds_a_general_assembly_with_no_other_meeting_word_before_it():
    text = "The ministers will be at the General Assembly of the OAS in Lima in May."
    assert [(t.text, t.kind) for t in find_triggers(text, "en")] == [
        ("General Assembly", "conference")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire recevra lundi en mairie le consul général du Portugal à Lyon.",
        "Le ministre a reçu jeudi le nonce apostolique en France.",
    ],
)
def test_it_reads_receiving_a_consul_or_a_nuncio_as_a_meeting(text):
    assert [t.kind for t in find_triggers(text, "fr")] == ["meeting"]


def test_it_reads_a_telephone_talk_in_the_singular_as_a_call():
    text = "The two foreign ministers held a telephone talk on Monday evening."
    assert [t.kind for t in find_triggers(text, "en")] == ["call"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two prime ministers spent barely an hour together on Friday.", "en"),
        ("He spent the evening with President Ana Ruiz at her residence.", "en"),
        ("Les deux présidents ont passé deux heures ensemble mardi.", "fr"),
        ("Il a passé la soirée avec le roi à Rabat.", "fr"),
    ],
)
def test_it_reads_time_spent_together_as_a_meeting(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["meeting"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("She spent two hours in traffic on Friday.", "en"),
        ("Il a passé deux heures dans les embouteillages du périphérique.", "fr"),
    ],
)
def test_it_reads_no_meeting_in_time_spent_elsewhere(text, language):
    assert find_triggers(text, language) == []


def test_it_reads_a_courtesy_call_by_someone_on_someone_as_a_meeting():
    text = "A courtesy call by the rebel delegation on President Ana Ruiz took place on Monday."
    assert [t.kind for t in find_triggers(text, "en")] == ["meeting"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president was received in Tokyo last spring with full honours.", "en"),
        ("The envoy will be received at the Kremlin on Thursday.", "en"),
        ("Le chef du gouvernement portugais avait été reçu à Madrid en mars.", "fr"),
        ("La ministre sera reçue au Quai d'Orsay lundi.", "fr"),
    ],
)
def test_it_reads_being_received_at_a_place_as_a_meeting(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["meeting"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The letter was received in Ottawa on Monday.", "en"),
        ("Le courrier a été reçu à bonne adresse lundi.", "fr"),
    ],
)
def test_it_makes_no_meeting_of_a_thing_received(extract, text, language):
    assert extract(text, date(2024, 3, 14), language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Human Rights Council met in emergency session in Geneva on Friday.", "en"),
        ("The IAEA Board of Governors will examine the Iranian file on Monday.", "en"),
        ("The Council of Europe's Committee of Ministers convened on Wednesday.", "en"),
        ("Le Conseil des droits de l'homme s'est réuni vendredi en session spéciale.", "fr"),
        ("L'Assemblée générale de l'ONU débattra jeudi du statut de l'observateur.", "fr"),
        ("Le Conseil de paix et de sécurité de l'UA examinera mardi la crise au Soudan.", "fr"),
    ],
)
def test_it_reads_more_bodies_as_their_sitting_when_they_sit(text, language):
    # the body's name is the sitting, a conference, whatever verb says it sits
    (first, *_) = find_triggers(text, language)
    assert first.kind == "conference" and first.text[0].isupper()


@pytest.mark.parametrize(
    "text, language",
    [
        ("She served for a decade on the bank's Board of Governors.", "en"),
        ("Il a longtemps représenté son pays au Conseil des droits de l'homme.", "fr"),
    ],
)
def test_it_reads_no_sitting_in_a_body_merely_named(text, language):
    assert find_triggers(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("The chancellor congratulated the new Dutch premier by telephone on Monday.", "en"),
        ("The two presidents agreed by phone on Friday to reopen the border.", "en"),
        ("Le Premier ministre a félicité son homologue au téléphone lundi soir.", "fr"),
        ("Les deux dirigeants sont convenus par téléphone de rouvrir la frontière.", "fr"),
    ],
)
def test_it_reads_what_was_said_or_agreed_by_telephone_as_a_call(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["call"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("A ministry spokesman said by telephone that no date had been set.", "en"),
        ("The UN envoy briefed reporters by phone from Geneva on Monday.", "en"),
        ("Un porte-parole a indiqué par téléphone qu'aucune date n'était fixée.", "fr"),
    ],
)
def test_it_reads_no_call_in_a_spokesman_speaking_by_telephone(text, language):
    assert find_triggers(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("The premier held a joint press conference with the Latvian president in Riga.", "en"),
        ("At a joint news conference with his Thai host on Monday, the envoy said little.", "en"),
        ("Lors d'une conférence de presse commune avec son homologue, le ministre a souri.", "fr"),
        (
            "À l'issue de leur conférence de presse conjointe, les deux chefs d'État sont partis.",
            "fr",
        ),
    ],
)
def test_it_reads_a_joint_press_conference_with_someone_as_a_meeting(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["meeting"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The health and education ministers held a joint press conference on vaccines.", "en"),
        (
            "Les ministres de la Santé et du Travail ont tenu une conférence de presse commune.",
            "fr",
        ),
        ("The minister told a press conference that talks had stalled.", "en"),
    ],
)
def test_it_reads_no_meeting_in_a_press_conference_of_one_side(text, language):
    assert [t.kind for t in find_triggers(text, language) if t.kind == "meeting"] == []


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("NATO foreign ministers agreed in Vilnius on Tuesday to a new plan.", "en", "conference"),
        ("Foreign ministers of the Gulf Cooperation Council decided to act.", "en", "conference"),
        (
            "Leaders of the Southern African Development Community resolved to deploy.",
            "en",
            "summit",
        ),
        ("Les ministres de la Défense de l'Otan ont approuvé le plan jeudi.", "fr", "conference"),
        ("Les chefs d'État de l'Union africaine ont décidé samedi de suspendre.", "fr", "summit"),
    ],
)
def test_it_reads_a_blocs_ministers_or_leaders_deciding_as_their_sitting(text, language, kind):
    assert [t.kind for t in find_triggers(text, language)] == [kind]


@pytest.mark.parametrize(
    "text, language",
    [
        ("EU ministers approved the text by written procedure, without gathering.", "en"),
        ("Les ministres de l'UE ont adopté le texte par procédure écrite, sans se réunir.", "fr"),
        ("Israeli ministers agreed on Sunday to extend the curfew.", "en"),
    ],
)
def test_it_reads_no_sitting_in_a_decision_taken_apart_or_at_home(text, language):
    assert find_triggers(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Sudanese and Chadian delegations sat for six hours in Jeddah on Friday.", "en"),
        ("Negotiators for Kinshasa and the rebels haggled in Doha until dawn.", "en"),
        ("Les délégations soudanaise et tchadienne se sont assises vendredi à Djeddah.", "fr"),
        ("Les délégations serbe et kosovare se feront face lundi à Bruxelles.", "fr"),
    ],
)
def test_it_reads_delegations_sitting_together_as_talks(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["talks"]


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("At the end of their long discussion in Oslo, the two premiers signed.", "en", "meeting"),
        ("The two presidents agreed after five hours together in Sochi.", "en", "meeting"),
        (
            "À l'issue de leur discussion mardi à Rabat, les deux ministres ont signé.",
            "fr",
            "meeting",
        ),
        ("Après une liaison vidéo jeudi, les deux Premiers ministres ont signé.", "fr", "call"),
    ],
)
def test_it_reads_their_discussion_and_hours_together_as_a_meeting(text, language, kind):
    assert [t.kind for t in find_triggers(text, language)] == [kind]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The charter was signed in Lisbon on Monday by the two foreign ministers.", "en"),
        ("The accord had been formally initialled by both chief negotiators.", "en"),
        ("La charte a été signée lundi à Lisbonne par les deux ministres.", "fr"),
        ("Le texte avait été paraphé la veille par les deux négociateurs en chef.", "fr"),
    ],
)
def test_it_reads_a_text_signed_by_two_sides_in_the_passive_as_their_meeting(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["meeting"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two premiers hammered out a truce in Nairobi on Friday.", "en"),
        ("Both premiers clinched a fisheries deal in Reykjavik last night.", "en"),
        ("Les deux émissaires ont scellé vendredi à Nairobi un accord de trêve.", "fr"),
        ("Les deux chefs de la diplomatie avaient arraché à Oslo un compromis.", "fr"),
    ],
)
def test_it_reads_two_sides_striking_a_deal_as_their_meeting(text, language):
    assert [t.kind for t in find_triggers(text, language)] == ["meeting"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The deal they reached is fragile.", "en"),
        ("Trois soldats ont trouvé la mort dans l'attaque.", "fr"),
    ],
)
def test_it_reads_no_deal_struck_where_none_is_named(text, language):
    assert find_triggers(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reached by telephone, the Kremlin spokesman declined to comment on the talks.",
        "The Kremlin spokesman, contacted by phone, declined to comment on the talks.",
    ],
)
def test_it_reads_no_call_in_a_reporter_reaching_someone_by_phone(text):
    assert [t.kind for t in find_triggers(text, "en") if t.kind == "call"] == []


def test_it_reads_a_deal_struck_at_home_by_one_side_as_no_meeting(extract):
    events = extract(
        "The Norwegian cabinet reached an agreement on the fisheries budget on Tuesday.",
        date(2024, 3, 14),
        "en",
    )
    assert events == []


def test_it_reads_a_reception_whose_guests_follow_an_incise(extract):
    events = extract(
        "Le président sénégalais avait reçu vendredi, l'un après l'autre, Adama Barrow "
        "et Umaro Sissoco Embaló.",
        date(2024, 3, 14),
        "fr",
    )
    # one meeting per guest, received in turn by the host the story names by his title
    assert {(e["date"], e["participants"][0]["name"]) for e in events} == {
        ("2024-03-08", "Adama Barrow"),
        ("2024-03-08", "Umaro Sissoco Embalo"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The national security adviser later followed up with the Chilean foreign minister.",
        "The envoy was to stop in Lusaka today to brief President Hakainde Hichilema.",
    ],
)
def test_it_reads_following_up_with_or_going_to_brief_someone_as_meeting_them(text):
    assert [t.kind for t in find_triggers(text, "en")] == ["meeting"]


def test_it_reads_no_meeting_in_briefing_reporters():
    assert find_triggers("Officials will brief reporters in Washington on Friday.", "en") == []
