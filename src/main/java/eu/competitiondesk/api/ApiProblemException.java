package eu.competitiondesk.api;

/** Ends an API call with the given problem answer. */
public class ApiProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }
}
