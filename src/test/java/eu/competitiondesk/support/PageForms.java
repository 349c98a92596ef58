package eu.competitiondesk.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The forms a page shows, read as a browser reads them, and posted as a person filling them in would: the values the
 * page gives, a plausible entry in every empty field, the first offered choice where none is made.
 */
public final class PageForms {

    /** One field as the form would send it. */
    public record Field(String name, String value, String type) {}

    /** A form of a page: where it posts, how, and the fields it sends. */
    public record Form(String page, String action, boolean multipart, List<Field> fields) {

        /** The fields and the page's tokens as one request of {@code session}. */
        public RequestSpecification request(Session session) {
            RequestSpecification request = session.request();
            if (multipart) {
                for (Field field : fields) {
                    if (field.type().equals("file")) {
                        byte[] csv =
                                "firm,share\nAlpha,30\nBeta,20\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        request.multiPart(field.name(), "shares.csv", csv, "text/csv");
                    } else {
                        request.multiPart(field.name(), field.value());
                    }
                }
            } else {
                request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
                for (Field field : fields) {
                    request.formParam(field.name(), field.value());
                }
            }
            return request;
        }

        /** A GET form as the address it leads to. */
        public String query() {
            StringBuilder query = new StringBuilder(action);
            char separator = action.contains("?") ? '&' : '?';
            for (Field field : fields) {
                query.append(separator)
                        .append(java.net.URLEncoder.encode(field.name(), java.nio.charset.StandardCharsets.UTF_8))
                        .append('=')
                        .append(java.net.URLEncoder.encode(field.value(), java.nio.charset.StandardCharsets.UTF_8));
                separator = '&';
            }
            return query.toString();
        }

        /** A name for the form in failure messages: where it posts, and the fields it names. */
        public String key() {
            Set<String> names = new LinkedHashSet<>();
            fields.forEach(f -> names.add(f.name()));
            names.remove("csrf-token");
            names.remove("form-once");
            return action + " " + names;
        }
    }

    private PageForms() {}

    /** Every form posting on the page (sign-out left out: it would end the session reading the pages). */
    public static List<Form> of(String page, Response shown) {
        List<Form> forms = new ArrayList<>();
        if (shown.statusCode() != 200 || !String.valueOf(shown.contentType()).contains("html")) {
            return forms;
        }
        Document document = Jsoup.parse(shown.asString());
        for (Element form : document.select("form[method=post]")) {
            if (!form.attr("action").equals("/logout")) {
                forms.add(read(page, form));
            }
        }
        return forms;
    }

    /**
     * The page's GET forms (searches, a scenario's firms and stakes) as a person asking for everything would send
     * them: every box ticked, the choices the page makes, empty fields left empty.
     */
    public static List<Form> gets(String page, Response shown) {
        List<Form> forms = new ArrayList<>();
        if (shown.statusCode() != 200 || !String.valueOf(shown.contentType()).contains("html")) {
            return forms;
        }
        for (Element form : Jsoup.parse(shown.asString()).select("form[method=get]")) {
            List<Field> fields = new ArrayList<>();
            for (Element input : form.select("input[name], select[name]")) {
                String type =
                        input.tagName().equals("input") ? input.attr("type").toLowerCase() : "select";
                String value =
                        type.equals("select") ? input.select("option[selected]").val() : input.val();
                if (type.equals("checkbox") || !value.isEmpty()) {
                    fields.add(new Field(input.attr("name"), value, type));
                }
            }
            forms.add(new Form(page, form.attr("action"), false, fields));
        }
        return forms;
    }

    /** The page's form posting to {@code action} whose fields carry the same names as {@code like}, if still shown. */
    public static Optional<Form> find(Session session, Form like) {
        return of(like.page(), session.page(like.page())).stream()
                .filter(f -> f.key().equals(like.key()))
                .findFirst();
    }

    private static Form read(String page, Element form) {
        List<Field> fields = new ArrayList<>();
        Set<String> radiosDone = new LinkedHashSet<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            switch (type) {
                case "submit", "button", "image", "reset" -> {
                    // Sent only when clicked; a value-carrying button is read below.
                }
                case "checkbox" -> {
                    if (input.hasAttr("checked")) {
                        fields.add(new Field(name, input.hasAttr("value") ? input.val() : "on", type));
                    }
                }
                case "radio" -> {
                    boolean checked = form.select("input[type=radio][name=\"" + name + "\"][checked]")
                                    .size()
                            > 0;
                    if ((checked ? input.hasAttr("checked") : true) && radiosDone.add(name)) {
                        fields.add(new Field(name, input.val(), type));
                    }
                }
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null || chosen.val().isEmpty()) {
                        chosen = input.select("option").stream()
                                .filter(o -> !o.val().isEmpty())
                                .findFirst()
                                .orElse(chosen);
                    }
                    fields.add(new Field(name, chosen == null ? "" : chosen.val(), type));
                }
                default ->
                    fields.add(new Field(
                            name,
                            input.val().isEmpty() ? sample(type, name) : input.val(),
                            type.isEmpty() ? "text" : type));
            }
        }
        Element button = form.selectFirst("button[name][value]");
        if (button != null) {
            fields.add(new Field(button.attr("name"), button.val(), "button"));
        }
        return new Form(page, form.attr("action"), form.attr("enctype").startsWith("multipart"), fields);
    }

    /** What a person would type into an empty field of this kind. */
    private static String sample(String type, String name) {
        String lower = name.toLowerCase();
        return switch (type) {
            case "hidden", "file", "password" -> "";
            case "date" -> "2026-12-01";
            case "number" -> "10";
            default ->
                name.equals("currency")
                        ? "NOK"
                        : name.equals("financialYear") ? "2024" : name.equals("rate") ? "11.629" : typed(lower);
        };
    }

    private static String typed(String lower) {
        return lower.contains("date") || lower.contains("due") || lower.contains("opened")
                ? "2026-12-01"
                : lower.contains("share")
                                || lower.contains("price")
                                || lower.contains("margin")
                                || lower.contains("rise")
                                || lower.contains("loss")
                                || lower.contains("diversion")
                                || lower.contains("efficiency")
                                || lower.contains("size")
                                || lower.contains("percent")
                        ? "10"
                        : lower.contains("reference") ? Cases.newReference() : "Sample " + lower;
    }

    /** The first form on {@code forms} posting to an action matching {@code pattern}. */
    public static Optional<Form> posting(List<Form> forms, String pattern) {
        return forms.stream().filter(f -> f.action().matches(pattern)).findFirst();
    }
}
