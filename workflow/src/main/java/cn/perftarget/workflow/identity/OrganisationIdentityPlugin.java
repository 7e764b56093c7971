package cn.perftarget.workflow.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces Camunda's own user and group tables by ours (the Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean). The identity service becomes read-only: users are managed in our app.
 */
@Component
class OrganisationIdentityPlugin extends AbstractProcessEnginePlugin {

    private final OrganisationIdentityProvider provider;

    OrganisationIdentityPlugin(IdentityDirectory directory, ObjectProvider<WebappPasswords> passwords) {
        this.provider = new OrganisationIdentityProvider(directory, passwords);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return provider;
            }
        });
    }
}
