package io.meetingmemo.bench.data;

import java.util.Random;

/** Words of Finnish and Swedish meeting minutes, for titles, action items, decisions and guests. */
final class Vocabulary {
    private Vocabulary() {}

    static final String[] SPACE_NAMES = {"Viestintä", "Talous", "Henkilöstö", "Opetus", "Tutkimus", "Kiinteistöt",
            "Hankinnat", "Asiakaspalvelu", "Tietohallinto", "Laatu", "Kehitys", "Myynti", "Kommunikation", "Ekonomi",
            "Personal", "Utbildning", "Fastigheter", "Upphandling", "Kundtjänst", "Forskning"};
    /** Spaces from this index on work in Swedish. */
    static final int FIRST_SWEDISH_SPACE = 12;

    static final String[] FINNISH_MEETINGS = {"Viikkopalaveri", "Johtoryhmän kokous", "Projektiryhmän kokous",
            "Ohjausryhmä", "Tiimipalaveri", "Suunnittelupalaveri", "Kuukausikokous", "Yhteistyöryhmä"};
    static final String[] SWEDISH_MEETINGS = {"Veckomöte", "Ledningsgruppens möte", "Projektgruppsmöte", "Styrgrupp",
            "Teammöte", "Planeringsmöte", "Månadsmöte"};

    static final String[] FINNISH_VERBS = {"Varaa", "Lähetä", "Päivitä", "Kokoa", "Sovi", "Tarkista", "Valmistele",
            "Pyydä tarjous:", "Kirjoita luonnos:", "Selvitä", "Hyväksytä", "Julkaise", "Tilaa", "Kutsu koolle"};
    static final String[] FINNISH_OBJECTS = {"messuosasto", "pöytäkirja osallistujille", "budjettiarvio", "palaute kyselystä",
            "seuraava tapaaminen", "sopimusluonnos", "esityslista", "kampanjan aikataulu", "tilat syyskaudelle",
            "rekrytointi-ilmoitus", "kuvapankin tunnukset", "yhteistyösopimus", "koulutuspaketti", "verkkosivun teksti",
            "hankintapäätös", "riskiarvio", "tiedote medialle", "vuosikello"};
    static final String[] FINNISH_DETAILS = {"ennen seuraavaa kokousta", "tiimille", "johtoryhmälle", "yhdessä Gradian kanssa",
            "ja jaa kansioon", "viimeistään kuun lopussa", "", "", ""};
    static final String[] SWEDISH_VERBS = {"Boka", "Skicka", "Uppdatera", "Sammanställ", "Kom överens om", "Kontrollera",
            "Förbered", "Begär offert för", "Skriv utkast till", "Utred", "Publicera", "Beställ"};
    static final String[] SWEDISH_OBJECTS = {"mässmontern", "protokollet till deltagarna", "budgeten", "enkätresultaten",
            "nästa möte", "avtalsutkastet", "dagordningen", "kampanjens tidtabell", "lokalerna för hösten",
            "rekryteringsannonsen", "pressmeddelandet", "årshjulet"};
    static final String[] SWEDISH_DETAILS = {"före nästa möte", "till teamet", "till ledningsgruppen", "tillsammans med Arcada",
            "", "", ""};

    static final String[] FINNISH_DECISIONS = {"Osallistutaan messuille yhteisellä osastolla.", "Budjetti hyväksyttiin esitetyn mukaisesti.",
            "Kokouksia pidetään jatkossa joka toinen viikko.", "Hankinta kilpailutetaan keväällä.",
            "Uusi toimintamalli otetaan käyttöön tammikuussa.", "Raportti käsitellään seuraavassa kokouksessa."};
    static final String[] SWEDISH_DECISIONS = {"Vi deltar i mässan med en gemensam monter.", "Budgeten godkändes enligt förslaget.",
            "Mötena hålls i fortsättningen varannan vecka.", "Upphandlingen konkurrensutsätts på våren."};

    static final String[] ORGANISATIONS = {"Jyväskylän yliopisto", "JAMK", "Gradia", "Keskisuomalainen", "OP-Pohjola",
            "Åbo Akademi", "Arcada", "Helsingin kaupunki", "Business Finland", "Metropolia", "Svenska Yle", "Tampereen yliopisto"};
    static final String[] ROLES = {"viestintäpäällikkö", "projektipäällikkö", "asiantuntija", "rehtori", "kommunikatör",
            "projektledare", "toimittaja", "rekrytointi"};
    static final String[] EXTERNAL_OWNERS = {"Gradia / viestintä", "Kaupunki / tilapalvelut", "JAMK / markkinointi",
            "Arcada / kommunikation", "Tilitoimisto"};
    static final String[] LOCATIONS = {"Neuvotteluhuone Kuusi", "Teams", "Agora, Jyväskylän yliopisto", "Kaupungintalo",
            "Mötesrum Ekorren", "Zoom", "Toimisto, 3. krs"};

    static String pick(Random random, String[] options) { return options[random.nextInt(options.length)]; }

    /** An action item's text, in the space's language; never blank, single-spaced. */
    static String actionText(Random random, boolean swedish) {
        String text = swedish
                ? pick(random, SWEDISH_VERBS) + " " + pick(random, SWEDISH_OBJECTS) + " " + pick(random, SWEDISH_DETAILS)
                : pick(random, FINNISH_VERBS) + " " + pick(random, FINNISH_OBJECTS) + " " + pick(random, FINNISH_DETAILS);
        return text.strip();
    }
}
