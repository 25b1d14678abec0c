package io.recoverydesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RecoveryDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecoveryDeskApplication.class, args);
    }

}
