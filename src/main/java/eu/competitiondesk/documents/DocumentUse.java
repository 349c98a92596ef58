package eu.competitiondesk.documents;

import java.util.List;

/**
 * Something in another feature that refers to a case document (an answer's evidence citing it). A document in use
 * is not removed: the refusal lists each use, so no reference is left pointing at nothing.
 */
public interface DocumentUse {

    /** Each use of the document, in words ("Assessment "X", question "Y""); empty when none. */
    List<String> usesOf(long documentId);
}
