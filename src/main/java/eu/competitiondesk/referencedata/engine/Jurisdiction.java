package eu.competitiondesk.referencedata.engine;

/** A merger-control system whose thresholds the product holds: the EU Merger Regulation, the UK, the US HSR Act. */
public enum Jurisdiction {
    EU,
    UK,
    US
}
