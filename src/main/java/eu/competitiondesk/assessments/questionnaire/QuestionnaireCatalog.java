package eu.competitiondesk.assessments.questionnaire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every questionnaire version shipped in {@code questionnaires/} (listed in its catalog.json), read and checked
 * once. A broken file stops the application at start rather than failing an officer halfway.
 */
public final class QuestionnaireCatalog {

    /** The currencies an amount can be asked in. */
    static final List<String> CURRENCIES = List.of("EUR", "GBP", "USD");

    private final Map<String, Questionnaire> byKey = new LinkedHashMap<>();

    private QuestionnaireCatalog() {}

    public static QuestionnaireCatalog load(ClassLoader loader) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        try {
            String[] files = json.readValue(open(loader, "questionnaires/catalog.json"), String[].class);
            for (String file : files) {
                Questionnaire questionnaire =
                        json.readValue(open(loader, "questionnaires/" + file), Questionnaire.class);
                check(questionnaire, file);
                if (catalog.byKey.put(questionnaire.key(), questionnaire) != null) {
                    throw new IllegalStateException(file + ": version " + questionnaire.key() + " defined twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }

    public Optional<Questionnaire> get(String id, int version) {
        return Optional.ofNullable(byKey.get(id + "@" + version));
    }

    /** The newest version of each questionnaire: what a new assessment follows. */
    public List<Questionnaire> latest() {
        Map<String, Questionnaire> newest = new LinkedHashMap<>();
        for (Questionnaire q : byKey.values()) {
            newest.merge(q.id(), q, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return new ArrayList<>(newest.values());
    }

    public Optional<Questionnaire> latest(String id) {
        return latest().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Ids unique, choices with options, conditions on questions of earlier sections only. */
    static void check(Questionnaire questionnaire, String file) {
        Set<String> earlier = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Questionnaire.Section section : questionnaire.sections()) {
            if (!sections.add(section.id())) {
                throw new IllegalStateException(file + ": section " + section.id() + " defined twice");
            }
            Set<String> here = new HashSet<>();
            for (Questionnaire.Question q : section.questions()) {
                if (q.id() == null || q.type() == null || q.label() == null) {
                    throw new IllegalStateException(file + ": a question lacks its id, type or label");
                }
                if (earlier.contains(q.id()) || !here.add(q.id())) {
                    throw new IllegalStateException(file + ": question " + q.id() + " defined twice");
                }
                boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
                if (choice && (q.options() == null || q.options().isEmpty())) {
                    throw new IllegalStateException(file + ": question " + q.id() + " offers no options");
                }
                boolean amounts = q.type() == QuestionType.MONEY || q.type() == QuestionType.AMOUNTS_BY_MEMBER_STATE;
                if (amounts && !CURRENCIES.contains(q.unit())) {
                    throw new IllegalStateException(
                            file + ": question " + q.id() + " needs its currency as unit, one" + " of " + CURRENCIES);
                }
                if (q.condition() != null && !earlier.contains(q.condition().question())) {
                    throw new IllegalStateException(file + ": question " + q.id() + " depends on "
                            + q.condition().question() + ", which is not in an earlier section");
                }
            }
            earlier.addAll(here);
        }
    }

    private static InputStream open(ClassLoader loader, String path) throws IOException {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " not found");
        }
        return in;
    }
}
