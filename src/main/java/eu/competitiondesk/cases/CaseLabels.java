package eu.competitiondesk.cases;

import eu.competitiondesk.web.AppMessages;
import eu.competitiondesk.web.Option;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of case types and statuses, and the options of the case pages' selects built from case enumerations,
 * asked of the message bundle once. A bundle message chosen by an enum constant renders a small template at every
 * call; the case list needs a label for each row and each option, the case page a dozen options for its forms, and
 * the bundle's text never changes while the application runs.
 */
@ApplicationScoped
public class CaseLabels {

    @Inject
    AppMessages msg;

    @Inject
    CaseMessages caseMsg;

    private Map<CaseType, String> types;
    private Map<CaseStatus, String> statuses;
    private List<Option> statusFilter;
    private List<Option> typeFilter;
    private List<Option> typeOptions;
    private List<Option> partyRoles;
    private List<Option> teamRoles;
    private List<Option> keyDateKinds;

    @PostConstruct
    void askTheBundle() {
        Map<CaseType, String> typeLabels = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            typeLabels.put(type, caseMsg.caseType(type));
        }
        Map<CaseStatus, String> statusLabels = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            statusLabels.put(status, caseMsg.caseStatus(status));
        }
        types = Collections.unmodifiableMap(typeLabels);
        statuses = Collections.unmodifiableMap(statusLabels);
        statusFilter = List.copyOf(Option.of(CaseStatus.class, statuses::get, caseMsg.cases_any_status()));
        typeFilter = List.copyOf(Option.of(CaseType.class, types::get, caseMsg.cases_any_type()));
        typeOptions = List.copyOf(Option.of(CaseType.class, types::get, msg.choose()));
        partyRoles = List.copyOf(Option.of(PartyRole.class, caseMsg::partyRole, msg.choose()));
        teamRoles = List.copyOf(Option.of(TeamRole.class, caseMsg::teamRole, null));
        keyDateKinds = List.copyOf(Option.of(KeyDateKind.class, caseMsg::keyDateKind, null));
    }

    public String type(CaseType type) {
        return types.get(type);
    }

    public String status(CaseStatus status) {
        return statuses.get(status);
    }

    /** The list's status filter: "any status", then every status. */
    public List<Option> statusFilter() {
        return statusFilter;
    }

    /** The list's type filter: "any type", then every type. */
    public List<Option> typeFilter() {
        return typeFilter;
    }

    /** The case form's type select: "choose", then every type. */
    public List<Option> typeOptions() {
        return typeOptions;
    }

    /** The party form's role select: "choose", then every role. */
    public List<Option> partyRoles() {
        return partyRoles;
    }

    public List<Option> teamRoles() {
        return teamRoles;
    }

    public List<Option> keyDateKinds() {
        return keyDateKinds;
    }
}
