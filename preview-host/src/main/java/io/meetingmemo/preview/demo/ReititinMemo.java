package io.meetingmemo.preview.demo;

import static io.meetingmemo.preview.demo.DemoContent.macro;
import static io.meetingmemo.preview.demo.DemoContent.param;

/**
 * The memo this product exists to repair: the Reititin project's meeting of 16 May 2012 with Metropolia's
 * project manager Petri Laitinen. The original Confluence page took its background image from an external
 * server; once Confluence's allowlist blocked that URL, the page lost its look. Here the same meeting is a
 * meeting memo whose styles ship inside the app. Written for the demo in the team's language (Finnish):
 * PROksi and the training package to review before the next meeting (a tracked action for Petri), the
 * companies worth approaching (Sanoma WSOY, OP-Pohjola) as contacts with Petri's contact person at Sanoma WSOY, and the
 * missing shared CRM.
 */
final class ReititinMemo {
    static final String TITLE = "Tapaaminen projektipäällikkö Petri Laitisen kanssa";
    static final String ACTION = "Petri käy läpi PROksin ja koulutuspaketin ennen seuraavaa tapaamista.";

    private ReititinMemo() {}

    static String storage() {
        String petri = "<ri:user ri:username=\"petri\"/>";
        String body = "<h3>Esittäytyminen</h3>"
                + "<p>Reititin-hanke ja PROksi esiteltiin. Petri Laitinen kertoi työstään Metropolian projektipäällikkönä: "
                + "tutkimus-, kehitys- ja innovaatiotoimintaa sekä markkinointiviestinnän ammattilaisuuden vahvistamista. "
                + "Hänellä on kokemusta suurten yritysten kanssa asioinnista ja varainhankinnasta.</p>"
                + "<h3>Työelämäyhteistyö</h3>"
                + "<p>Yritys sitoutuu harvoin kumppanuuteen ensimmäisellä yhteydenotolla, eikä nopeaa ratkaisua ole. "
                + "Tarvitaan selkeä, tuotteistettu tarjonta ja mietityt tavat lähestyä yrityksiä; kulttuurialan "
                + "yritysten lisäksi mukaan sopivat kaikki toimialat. Petri voi auttaa sekä tiekartan laatimisessa "
                + "että yhteydenotoissa.</p>"
                + "<p>Metropoliassa ei ole yhteistä asiakkuudenhallintajärjestelmää (CRM), vaikka yhteydenpito "
                + "yrityksiin sitä kipeästi tarvitsisi. Järjestelmä on ehkä tulossa syksyllä; siihen asti yhteystiedot "
                + "kirjataan tähän muistioon.</p>"
                + macro("memo-decision", "", "<p>Yrityksiä lähestytään yhdessä sovitulla tarjonnalla; Petri hoitaa ensimmäiset yhteydenotot.</p>")
                + "<h3>Yhteydet</h3>"
                + macro("memo-contact", param("name", "Sanoma WSOY") + param("organisation", "Sanoma WSOY")
                        + param("owner", petri), "<p>Petrillä on valmis yhteys; hyvä ensimmäinen kontakti.</p>")
                + macro("memo-contact", param("name", "OP-Pohjola") + param("organisation", "OP-Pohjola")
                        + param("role", "rekrytointi"), "<p>Uudistuu ja rekrytoi paljon; sieltä voisi löytyä yhteyshenkilö.</p>")
                + macro("memo-contact", param("name", "Tiina Salminen") + param("organisation", "Sanoma WSOY")
                        + param("role", "henkilöstöpäällikkö") + param("owner", petri), "<p>Petrin valmis yhteys Sanoma WSOY:llä.</p>")
                + "<h3>Jatko</h3>"
                + macro("memo-action", param("assignee", petri), "<p>" + ACTION + "</p>");
        String params = param("title", "Reititin: tapaaminen Petri Laitisen kanssa") + param("date", "2012-05-16")
                + param("location", "Metropolia") + param("series", "reititin") + param("attendees", petri);
        return "<p><em>Tämän muistion alkuperäinen sivu haki taustakuvansa ulkoiselta palvelimelta. Kun Confluencen "
                + "sallittujen osoitteiden lista esti osoitteen, sivun ulkoasu hajosi. Muistion tyylit tulevat nyt "
                + "sovelluksen mukana.</em></p>"
                + macro("meeting-memo", params, body);
    }
}
