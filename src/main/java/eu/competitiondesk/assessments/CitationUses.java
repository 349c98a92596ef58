package eu.competitiondesk.assessments;

import eu.competitiondesk.documents.DocumentUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The answers whose evidence cites a document: the reasons a document cannot be removed yet. */
@ApplicationScoped
public class CitationUses implements DocumentUse {

    @Inject
    Questionnaires questionnaires;

    @Inject
    AssessmentMessages msg;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> usesOf(long documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AssessmentAnswer.getEntityManager()
                .createNativeQuery("""
                select a.title, a.questionnaire_id, a.questionnaire_version, ans.question_id
                  from assessment_answer_citation c
                  join assessment_answer ans on ans.id = c.answer_id
                  join assessment a on a.id = ans.assessment_id
                 where c.document_id = ?1
                 order by a.id, ans.id""")
                .setParameter(1, documentId)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    String question = (String) r[3];
                    String label = questionnaires
                            .find((String) r[1], ((Number) r[2]).intValue())
                            .flatMap(q -> q.question(question))
                            .map(q -> q.label())
                            .orElse(question);
                    return msg.citation_use((String) r[0], label);
                })
                .distinct()
                .toList();
    }
}
