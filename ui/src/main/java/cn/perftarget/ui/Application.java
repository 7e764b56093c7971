package cn.perftarget.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 项目支出绩效目标表审批系统: the application (Vaadin UI, Spring Security, embedded Camunda engine). */
@SpringBootApplication(scanBasePackages = "cn.perftarget")
@Theme(variant = Lumo.LIGHT)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
