package com.annavaram.admin.config.mongo;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import com.annavaram.model.alias.AliasSync;
import com.annavaram.model.alias.CategoryLookup;

/**
 * The single place where admin-service runs shared-model's save and load hooks: before any whole document is converted
 * for a write, and after any document is read. Spring Data writes and reads fields directly, so the hooks see exactly
 * which alias the application set through the setters.
 */
@Configuration(proxyBeanMethods = false)
class AliasSyncCallbacks {

    @Bean
    BeforeConvertCallback<Object> aliasSyncBeforeSave(CategoryLookup categories) {
        return new BeforeSave(categories);
    }

    @Bean
    AfterConvertCallback<Object> aliasSyncAfterLoad() {
        return new AfterLoad();
    }

    /** Keeps the alias pairs equal and stamps the times. */
    static final class BeforeSave implements BeforeConvertCallback<Object> {

        private final CategoryLookup categories;

        BeforeSave(CategoryLookup categories) {
            this.categories = categories;
        }

        @Override
        public Object onBeforeConvert(Object entity, String collection) {
            AliasSync.beforeSave(entity, categories);
            return entity;
        }
    }

    /** Fills the missing name of each pair and maps legacy statuses. */
    static final class AfterLoad implements AfterConvertCallback<Object> {

        @Override
        public Object onAfterConvert(Object entity, Document document, String collection) {
            AliasSync.afterLoad(entity);
            return entity;
        }
    }
}
