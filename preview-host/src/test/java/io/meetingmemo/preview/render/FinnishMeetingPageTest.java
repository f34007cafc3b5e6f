package io.meetingmemo.preview.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meetingmemo.preview.render.Rendering.MacroCall;
import io.meetingmemo.preview.render.Rendering.RecordingMacros;
import io.meetingmemo.preview.render.Rendering.Users;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A meeting page as a Finnish team would write it: layout, umlauts and entities, a table, tasks, mentions, dates, macros. */
class FinnishMeetingPageTest {
    static final String STORAGE = """
            <ac:layout><ac:layout-section ac:type="two_right_sidebar" ac:breakout-mode="default">
            <ac:layout-cell>
            <h1>Viikkopalaveri 23.11.2026</h1>
            <p><strong>Paikka:</strong> Neuvotteluhuone Kyl&auml;&nbsp;&ndash; 3.&nbsp;kerros</p>
            <p>Läsnä: <ac:link><ri:user ri:userkey="key-anna" /></ac:link>, <ac:link><ri:user ri:userkey="key-pekka" /></ac:link></p>
            <h2>Päätökset</h2>
            <table class="wrapped" data-layout="default"><colgroup><col style="width: 200.0px;" /><col /><col /></colgroup><tbody>
            <tr><th>Asia</th><th>Päätös</th><th>Vastuu</th></tr>
            <tr><td>Ylläpitosopimus</td><td>Hyväksytään, 1&nbsp;200&nbsp;&euro;/kk</td><td><ac:link><ri:user ri:userkey="key-pekka" /></ac:link></td></tr>
            <tr><td colspan="3">Öljynvaihto siirtyy &mdash; ei käsitelty</td></tr>
            </tbody></table>
            <h2>Toimenpiteet</h2>
            <ac:task-list>
            <ac:task><ac:task-id>17</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">Lähetä pöytäkirja <ac:link><ri:user ri:userkey="key-anna" /></ac:link> <time datetime="2026-11-25" /></span></ac:task-body></ac:task>
            <ac:task><ac:task-id>18</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Varaa sauna pikkujouluihin</ac:task-body></ac:task>
            </ac:task-list>
            </ac:layout-cell>
            <ac:layout-cell>
            <ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="5f0c2a1e-77b4-4c1e-9a57-2d5b3c9e8f10"><ac:parameter ac:name="title">Muistutus</ac:parameter><ac:rich-text-body><p>Seuraava palaveri <time datetime="2026-11-30" />.</p></ac:rich-text-body></ac:structured-macro>
            <ac:structured-macro ac:name="mm-action-items" ac:schema-version="1"><ac:parameter ac:name="assignees"><ri:user ri:userkey="key-anna" /><ri:user ri:userkey="key-pekka" /></ac:parameter></ac:structured-macro>
            <p><ac:emoticon ac:name="tick" /> Kaikki läsnä</p>
            </ac:layout-cell>
            </ac:layout-section></ac:layout>""";

    private static final String VIEW = """
            <div class="mm-layout"><div class="mm-layout-section">
            <div class="mm-layout-cell">
            <h1>Viikkopalaveri 23.11.2026</h1>
            <p><strong>Paikka:</strong> Neuvotteluhuone Kylä\u00A0– 3.\u00A0kerros</p>
            <p>Läsnä: <span class="mm-mention">@Anna Virtanen</span>, <span class="mm-mention">@Pekka Mäkinen</span></p>
            <h2>Päätökset</h2>
            <table><colgroup><col/><col/><col/></colgroup><tbody>
            <tr><th>Asia</th><th>Päätös</th><th>Vastuu</th></tr>
            <tr><td>Ylläpitosopimus</td><td>Hyväksytään, 1\u00A0200\u00A0€/kk</td><td><span class="mm-mention">@Pekka Mäkinen</span></td></tr>
            <tr><td colspan="3">Öljynvaihto siirtyy — ei käsitelty</td></tr>
            </tbody></table>
            <h2>Toimenpiteet</h2>
            <ul class="mm-tasks">
            <li class="mm-task mm-task-open"><input type="checkbox" disabled="disabled"/> <span>Lähetä pöytäkirja <span class="mm-mention">@Anna Virtanen</span> <time datetime="2026-11-25">25.11.2026</time></span></li>
            <li class="mm-task mm-task-done"><input type="checkbox" disabled="disabled" checked="checked"/> Varaa sauna pikkujouluihin</li>
            </ul>
            </div>
            <div class="mm-layout-cell">
            <div class="mm-info"><strong>Muistutus</strong><p>Seuraava palaveri <time datetime="2026-11-30">30.11.2026</time>.</p></div>
            <table class="mm-action-items" data-assignees="anna,pekka"></table>
            <p>\u2713 Kaikki läsnä</p>
            </div>
            </div></div>""";

    @Test
    void rendersTheWholePage() {
        Users users = new Users().with("key-anna", "anna", "Anna Virtanen").with("key-pekka", "pekka", "Pekka Mäkinen");
        RecordingMacros macros = new RecordingMacros(call -> switch (call.name()) {
            case "info" -> "<div class=\"mm-info\"><strong>" + call.parameters().get("title") + "</strong>" + call.body() + "</div>";
            case "mm-action-items" -> "<table class=\"mm-action-items\" data-assignees=\"" + call.parameters().get("assignees") + "\"></table>";
            default -> null;
        });
        StorageToViewConverter finnish = new StorageToViewConverter(Locale.forLanguageTag("fi-FI"));

        String view = Rendering.render(finnish, STORAGE, macros, users);

        assertEquals(VIEW, view);
        assertEquals(List.of(
                new MacroCall("info", "5f0c2a1e-77b4-4c1e-9a57-2d5b3c9e8f10", Map.of("title", "Muistutus"),
                        "<p>Seuraava palaveri <time datetime=\"2026-11-30\">30.11.2026</time>.</p>"),
                new MacroCall("mm-action-items", null, Map.of("assignees", "anna,pekka"), null)), macros.calls);
    }
}
