package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The contact fields of the workspace's customers, as identity resolution compares them. */
public interface CustomerContacts {

    record Contact(String id, String name, String email, String phone, String city, String region, String country) {
    }

    /** Visits every customer of the workspace, streamed (a million customers are not held as rows). */
    void forEach(WorkspaceId workspace, Consumer<Contact> visitor);

    List<Contact> find(WorkspaceId workspace, Collection<CustomerId> ids);
}
