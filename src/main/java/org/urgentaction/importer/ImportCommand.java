package org.urgentaction.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar urgent-action-network.jar --import=<folder-or-zip>}: imports every
 * document of the folder or archive as a draft, prints what became of each file and exits
 * (status 0, or 1 when a file failed). Without {@code --import} it does nothing.
 */
@Component
@Order(100)
class ImportCommand implements ApplicationRunner {

	static final String OPTION = "import";

	private final BulkImporter importer;

	private final ApplicationContext context;

	ImportCommand(BulkImporter importer, ApplicationContext context) {
		this.importer = importer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int status = run(args.getOptionValues(OPTION), System.out);
		System.exit(SpringApplication.exit(context, () -> status));
	}

	int run(List<String> paths, PrintStream out) {
		int status = 0;
		for (String value : paths) {
			Path path = Path.of(value);
			out.println("Importing " + path.toAbsolutePath());
			if (!Files.exists(path)) {
				out.println("FAILED: no such folder or file: " + path);
				status = 1;
				continue;
			}
			try {
				BulkReport report = importer.importPath(path, "import-command", Locale.ENGLISH);
				out.print(report.text());
				status = (report.failed() > 0) ? 1 : status;
			}
			catch (IOException | RuntimeException ex) {
				out.println("FAILED: " + ex.getMessage());
				status = 1;
			}
		}
		return status;
	}

}
