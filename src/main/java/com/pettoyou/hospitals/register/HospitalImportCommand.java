package com.pettoyou.hospitals.register;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.pettoyou.hospitals.register.HospitalRegisterImport.RegisterFileException;
import com.pettoyou.hospitals.register.ImportReport.Rejection;

/**
 * Imports the hospital register file named by {@code pettoyou.hospitals.register-file}
 * when the application starts with the argument {@code import-hospitals}, prints the
 * report and stops the application.
 */
@Component
class HospitalImportCommand implements ApplicationRunner {

	static final String COMMAND = "import-hospitals";

	private final HospitalRegisterImport registerImport;

	private final ApplicationContext context;

	HospitalImportCommand(HospitalRegisterImport registerImport, ApplicationContext context) {
		this.registerImport = registerImport;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.getNonOptionArgs().contains(COMMAND)) {
			return;
		}
		int exitCode = execute(System.out);
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exitCode));
	}

	/**
	 * Runs the import and writes the report to {@code out}.
	 * @return the process exit code: 0 when every row was imported or unchanged, 3 when
	 * some rows were rejected, 1 when the file could not be read
	 */
	int execute(PrintStream out) {
		ImportReport report;
		try {
			report = registerImport.importFile(registerImport.configuredFile(), null);
		}
		catch (RegisterFileException ex) {
			out.println("import-hospitals failed: " + ex.getMessage());
			out.println("Set pettoyou.hospitals.register-file to the path of the register CSV file.");
			return 1;
		}
		out.printf("Read %d rows: %d imported, %d updated, %d unchanged, %d rejected.%n", report.read(),
				report.imported(), report.updated(), report.unchanged(), report.rejected().size());
		for (Rejection rejection : report.rejected()) {
			out.printf("Rejected row %d (licence number %s): %s%n", rejection.row(),
					(rejection.licenceNumber() != null) ? rejection.licenceNumber() : "invalid", rejection.reason());
		}
		return report.rejected().isEmpty() ? 0 : 3;
	}

}
