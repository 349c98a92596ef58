package eu.competitiondesk.cases;

/**
 * The small forms of one rendering of the case page: empty, except the one being shown back with its errors, whose
 * panel is then open.
 */
public record CaseSubForms(
        StatusChange status,
        PartyDetails party,
        MemberDetails member,
        KeyDateDetails keyDate,
        NoteDetails note,
        Object shown) {

    public static CaseSubForms empty() {
        return new CaseSubForms(
                StatusChange.blank(),
                PartyDetails.blank(),
                MemberDetails.blank(),
                KeyDateDetails.blank(),
                NoteDetails.blank(),
                null);
    }

    /** The page with {@code command} shown back as typed, its panel open. */
    public static CaseSubForms showing(Object command) {
        CaseSubForms empty = empty();
        return new CaseSubForms(
                command instanceof StatusChange c ? c : empty.status,
                command instanceof PartyDetails c ? c : empty.party,
                command instanceof MemberDetails c ? c : empty.member,
                command instanceof KeyDateDetails c ? c : empty.keyDate,
                command instanceof NoteDetails c ? c : empty.note,
                command);
    }

    public boolean partyOpen() {
        return shown instanceof PartyDetails;
    }

    public boolean memberOpen() {
        return shown instanceof MemberDetails;
    }

    public boolean keyDateOpen() {
        return shown instanceof KeyDateDetails;
    }
}
