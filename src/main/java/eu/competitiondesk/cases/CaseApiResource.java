package eu.competitiondesk.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.competitiondesk.api.ApiProblem;
import eu.competitiondesk.api.ApiProblemException;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.CurrentUser;
import eu.competitiondesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The case files as JSON. Reads and writes go through the same access check and service as the pages. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Case files the signed-in user may see")
public class CaseApiResource {

    @Inject
    CaseAccess access;

    @Inject
    CaseSearch search;

    @Inject
    CaseService cases;

    @Inject
    CurrentUser currentUser;

    @Inject
    Commands validator;

    @Inject
    Clock clock;

    @Inject
    UriInfo uriInfo;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "desk.page-size")
    int defaultPageSize;

    @GET
    @Operation(
            summary = "List cases",
            description = "One page of the cases the caller may see, newest first unless"
                    + " sorted otherwise. Unknown filter values are refused.")
    public CaseJson.CaseList list(
            @Parameter(
                            description =
                                    "A reference or its beginning (AT.4), or words of the title or a party's name,"
                                            + " in order, the last one possibly incomplete")
                    @RestQuery
                    String q,
            @Parameter(schema = @Schema(implementation = CaseStatus.class)) @RestQuery String status,
            @Parameter(schema = @Schema(implementation = CaseType.class)) @RestQuery String type,
            @Parameter(description = "User name of a case team member") @RestQuery String officer,
            @Parameter(description = "reference, title, type, status, opened or updated") @RestQuery String sort,
            @Parameter(description = "asc or desc") @RestQuery String dir,
            @Parameter(description = "From 1", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1"))
                    @RestQuery
                    String page,
            @Parameter(description = "1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "25"))
                    @RestQuery
                    String size) {
        Map<String, String> errors = new HashMap<>();
        CaseStatus statusFilter = parseOrFlag(CaseStatus.class, status, "status", errors);
        CaseType typeFilter = parseOrFlag(CaseType.class, type, "type", errors);
        Long officerId = null;
        if (officer != null && !officer.isBlank()) {
            officerId = AppUser.findByUsername(officer.trim()).map(u -> u.id).orElse(null);
            if (officerId == null) {
                errors.put("officer", "no user with this user name");
            }
        }
        CaseSort sortBy = CaseSort.OPENED;
        if (sort != null && !sort.isBlank()) {
            sortBy = CaseSort.parse(sort).orElse(null);
            if (sortBy == null) {
                errors.put("sort", "must be one of reference, title, type, status, opened, updated");
            }
        }
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            errors.put("dir", "must be asc or desc");
        }
        int pageNumber = parseInt(page, 1);
        if (pageNumber < 1 || pageNumber > CaseCriteria.MAX_PAGE) {
            errors.put("page", "must be a whole number from 1 to " + CaseCriteria.MAX_PAGE);
        }
        int pageSize = parseInt(size, defaultPageSize);
        if (pageSize < 1 || pageSize > CaseCriteria.MAX_SIZE) {
            errors.put("size", "must be a whole number between 1 and " + CaseCriteria.MAX_SIZE);
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(ApiProblem.invalid(
                    errors, List.of("q", "status", "type", "officer", "sort", "dir", "page", "size")));
        }
        boolean descending = dir == null ? sort == null || sort.isBlank() : dir.equals("desc");
        CasePage result = search.find(
                new CaseCriteria(q, statusFilter, typeFilter, officerId, sortBy, descending, pageNumber, pageSize));
        return new CaseJson.CaseList(result.items(), result.total(), result.exact(), result.page(), result.size());
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case with its parties, team and key dates")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(
            responseCode = "404",
            description = "No such case, or not open to the caller",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public CaseJson.CaseDetail get(@RestPath("caseId") long id) {
        return CaseJson.detail(access.viewableCase(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case", description = "The caller becomes the case lead.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the new case")
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid; each is named",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another case has this reference",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaseDetails.class)))
    @RolesAllowed({Roles.ADMIN, Roles.CASE_OFFICER})
    public Response create(String body) throws JsonProcessingException {
        // Read here rather than bound by the framework: the same record is the page forms' parameter container, and
        // a parameter container cannot also be a JSON body.
        CaseDetails input = body == null || body.isBlank() ? null : json.readValue(body, CaseDetails.class);
        if (input == null) {
            throw new ApiProblemException(ApiProblem.of(400, "Invalid request", "A JSON body is required."));
        }
        validator.check(input);
        try {
            CaseHeading created = cases.open(CaseOpening.of(input), AppUser.findById(currentUser.id()));
            return Response.created(uriInfo.getBaseUriBuilder()
                            .path("api/v1/cases/{id}")
                            .build(created.id()))
                    .entity(CaseJson.detail(CaseFile.findById(created.id())))
                    .build();
        } catch (DuplicateReferenceException e) {
            throw new ApiProblemException(ApiProblem.of(
                    409, "Duplicate reference", "A case with reference " + e.reference + " already exists."));
        }
    }

    /** The number, the default when absent, or -1 when it is not a whole number. */
    private static int parseInt(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E parseOrFlag(
            Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E parsed = CaseListQuery.parse(type, value);
        if (parsed == null) {
            errors.put(field, "unknown value " + value.strip());
        }
        return parsed;
    }
}
