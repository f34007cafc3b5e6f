package io.meetingmemo.preview.demo;

import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.PageService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo content for a fresh preview host, created through the same page service as any save (so the
 * app syncs the action items), and only when missing, so restarts change nothing:
 * the 2012 Reititin memo (see {@link ReititinMemo}), a recurring EduFutura communications-team memo with guests from several organisations,
 * the series page of that team's meetings ({@code meeting-series}), and a restricted memo that only two people may see.
 */
public final class DemoContent {
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);
    static final String REITITIN = "REITITIN";
    static final String EDUFUTURA = "EDUFUTURA";

    private final PageService pages;

    public DemoContent(PageService pages) {
        this.pages = pages;
    }

    public void seed() {
        HostPageStore store = pages.store();
        store.ensureSpace(REITITIN, "Reititin – työelämäyhteistyö");
        store.ensureSpace(EDUFUTURA, "EduFutura viestintätiimi");
        createIfMissing(REITITIN, ReititinMemo.TITLE, ReititinMemo.storage(), "petri");
        createIfMissing(EDUFUTURA, "Viestintätiimin kokous 2026-11-16", eduFuturaMemo(LocalDate.of(2026, 11, 16)), "sanna");
        createIfMissing(EDUFUTURA, "Toimenpiderekisteri", "<p>Viestintätiimin avoimet toimenpiteet kaikista muistioista.</p>"
                + macro("action-register", param("spaces", EDUFUTURA) + param("status", "open") + param("pageSize", "10"), null), "sanna");
        createIfMissing(EDUFUTURA, "Viestintätiimin kokoukset", "<p>Viestintätiimin kokoussarjan muistiot ja toimenpiteiden eteneminen.</p>"
                + macro("meeting-series", param("series", "edufutura-comms") + param("open-longer-than", "3"), null), "sanna");
        createIfMissing(REITITIN, "Yhteystiedot", "<p>Yritykset ja henkilöt, joista Reititin-tapaamisissa on puhuttu.</p>"
                + macro("contacts", "", null), "petri");
        createIfMissing(EDUFUTURA, "Yhteistyökumppanit", "<p>Organisaatiot ja henkilöt, jotka ovat olleet viestintätiimin kokouksissa.</p>"
                + macro("contacts", "", null), "sanna");
        createIfMissing(EDUFUTURA, "Päätösloki", "<p>Viestintätiimin päätökset kaikista muistioista, uusin ensin.</p>"
                + macro("decision-log", param("spaces", EDUFUTURA) + param("pageSize", "25"), null), "sanna");
        if (createIfMissing(EDUFUTURA, "Messuosaston budjetti (luottamuksellinen)", restrictedMemo(), "sanna")) {
            store.findByTitle(EDUFUTURA, "Messuosaston budjetti (luottamuksellinen)")
                    .ifPresent(p -> store.restrict(p.id(), "view", Set.of("sanna", "mikko")));
        }
    }

    private boolean createIfMissing(String space, String title, String body, String author) {
        if (pages.store().findByTitle(space, title).isPresent()) return false;
        pages.create(space, title, body, author);
        LOG.info("Demo page created: {} / {}", space, title);
        return true;
    }

    /** A recurring cross-organisation comms meeting, written for the demo in the team's language. */
    static String eduFuturaMemo(LocalDate date) {
        List<String> body = new ArrayList<>();
        body.add("<h3>Kuulumiset</h3>");
        body.add("<p>Kaupunki, yliopisto, ammattikorkeakoulu ja Gradia kertoivat syksyn tapahtumista. "
                + "Yhteinen opiskelijarekrytointikampanja alkaa tammikuussa.</p>");
        body.add("<p>Paikalla myös: " + guest("Liisa Korhonen", "Jyväskylän yliopisto", "viestintäpäällikkö")
                + " " + guest("Jari Nieminen", "JAMK", "markkinointiasiantuntija")
                + " " + guest("Maria Svensson", "Gradia", "kommunikatör") + "</p>");
        body.add("<h3>Messut</h3>");
        body.add("<p>Studia-messuille tehdään yhteinen osasto. Materiaalit vaihdetaan jaetussa kansiossa.</p>");
        body.add(macro("memo-decision", param("tags", "Studia, messut"), "<p>EduFutura osallistuu Studia-messuille yhteisellä osastolla.</p>"));
        body.add(macro("memo-action", param("assignee", "<ri:user ri:username=\"mikko\"/>") + param("due", "2026-11-30"),
                "<p>Varaa messuosasto ja lähetä pohjapiirros tiimille.</p>"));
        // A guest's action: she has no account, so Mikko, who books the stand, follows it up and gets its reminders.
        body.add(macro("memo-action", param("owner", "Liisa Korhonen") + param("follow-up", "<ri:user ri:username=\"mikko\"/>")
                        + param("due", "2026-12-12"),
                "<p>Kokoa yliopiston kuvat ja videot yhteiseen kansioon.</p>"));
        body.add(macro("memo-action", param("assignee", "<ri:user ri:username=\"anna\"/>") + param("due", "2026-11-09"),
                "<p>Översätt kampanjtexterna till svenska.</p>"));
        body.add("<h3>Mainonta</h3>");
        body.add("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body><ac:link><ri:user ri:username=\"sanna\"/></ac:link> tilaa bussimainokset "
                + "<time datetime=\"2026-12-05\"/></ac:task-body></ac:task>"
                + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status>"
                + "<ac:task-body><ac:link><ri:user ri:username=\"eeva\"/></ac:link> päivittää kampanjasivun</ac:task-body></ac:task>"
                + "</ac:task-list>");
        body.add(macro("memo-contact", param("name", "Keskisuomalainen") + param("organisation", "Media")
                + param("role", "toimitus") + param("owner", "<ri:user ri:username=\"sanna\"/>"),
                "<p>Kiinnostunut jutusta yhteiskampanjasta; soitetaan joulukuussa.</p>"));
        String params = param("title", "EduFutura-viestintätiimi") + param("date", date.toString())
                + param("time", "09:00-10:30") + param("location", "Jyväskylän kaupungintalo, Vapaudenkatu 32")
                + param("series", "edufutura-comms")
                + param("attendees", "<ri:user ri:username=\"sanna\"/><ri:user ri:username=\"mikko\"/><ri:user ri:username=\"eeva\"/><ri:user ri:username=\"anna\"/>")
                + param("absent", "<ri:user ri:username=\"petri\"/>")
                + param("minutes-by", "<ri:user ri:username=\"sanna\"/>");
        return "<p>Kuukausikokous; edellisen kokouksen toimenpiteet käytiin läpi.</p>" + macro("meeting-memo", params, String.join("", body));
    }

    static String restrictedMemo() {
        String params = param("title", "Messuosaston budjetti") + param("date", "2026-11-18") + param("series", "edufutura-comms")
                + param("attendees", "<ri:user ri:username=\"sanna\"/><ri:user ri:username=\"mikko\"/>");
        return macro("meeting-memo", params, "<p>Osaston kulut jaetaan neljän organisaation kesken.</p>"
                + macro("memo-decision", param("tags", "budjetti"), "<p>Messuosaston kulut jaetaan tasan neljän organisaation kesken.</p>")
                + macro("memo-action", param("assignee", "<ri:user ri:username=\"mikko\"/>") + param("due", "2026-12-01"),
                "<p>Pyydä tarjoukset kolmelta standirakentajalta.</p>"));
    }

    static String guest(String name, String organisation, String role) {
        return macro("memo-guest", param("name", name) + param("organisation", organisation) + param("role", role), null);
    }

    static String macro(String name, String params, String richBody) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">" + params
                + (richBody == null ? "" : "<ac:rich-text-body>" + richBody + "</ac:rich-text-body>") + "</ac:structured-macro>";
    }

    static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }
}
