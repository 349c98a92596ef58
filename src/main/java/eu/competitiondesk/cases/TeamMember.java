package eu.competitiondesk.cases;

import eu.competitiondesk.security.AppUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user on a case's team, and what they may do on it. */
@Entity
@Table(name = "case_team_member")
public class TeamMember extends CaseChild {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    public AppUser user;

    @Enumerated(EnumType.STRING)
    public TeamRole teamRole;
}
