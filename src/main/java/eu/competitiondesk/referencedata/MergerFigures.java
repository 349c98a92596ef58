package eu.competitiondesk.referencedata;

import eu.competitiondesk.referencedata.engine.FigureSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The merger-control figure sets loaded, for the rules: read afresh on each use, so an edit applies at once. */
@ApplicationScoped
public class MergerFigures {

    @Transactional(Transactional.TxType.SUPPORTS)
    public FigureSets loaded() {
        return new FigureSets(MergerFigureSet.<MergerFigureSet>listAll().stream()
                .map(MergerFigureSet::toFigureSet)
                .toList());
    }
}
