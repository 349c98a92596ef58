package eu.competitiondesk.api;

/** Ends an API call with the given problem answer. */
public class ApiProblemException extends RuntimeException {

    public final ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }
}
