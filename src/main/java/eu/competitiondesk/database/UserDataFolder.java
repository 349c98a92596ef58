package eu.competitiondesk.database;

import java.nio.file.Path;

/** Where a desktop system keeps an application's data for the signed-in user. */
final class UserDataFolder {

    private UserDataFolder() {}

    static Path of(String application) {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(application);
        }
        if (os.startsWith("Windows")) {
            String localAppData = System.getenv("LOCALAPPDATA");
            return (localAppData != null
                            ? Path.of(localAppData)
                            : home.resolve("AppData").resolve("Local"))
                    .resolve(application);
        }
        // The XDG base directory specification, followed by Linux desktops.
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : home.resolve(".local").resolve("share"))
                .resolve(application);
    }
}
