package eu.competitiondesk.assessments.engine;

/** The ten core platform services of Art. 2(2) DMA, a closed list. */
public enum CoreService {
    ONLINE_INTERMEDIATION,
    ONLINE_SEARCH_ENGINE,
    ONLINE_SOCIAL_NETWORKING,
    VIDEO_SHARING_PLATFORM,
    NUMBER_INDEPENDENT_INTERPERSONAL_COMMUNICATIONS,
    OPERATING_SYSTEM,
    WEB_BROWSER,
    VIRTUAL_ASSISTANT,
    CLOUD_COMPUTING,
    /** Only a core platform service when the same undertaking provides one of the other nine (Art. 2(2)(j)). */
    ONLINE_ADVERTISING
}
