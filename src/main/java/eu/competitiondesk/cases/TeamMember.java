package eu.competitiondesk.cases;

import eu.competitiondesk.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user on a case's team, and what they may do on it. */
@Entity
@Table(name = "case_team_member")
public class TeamMember extends CaseChild {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role")
    public TeamRole teamRole;
}
