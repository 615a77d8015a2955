package com.annavaram.admin.order;

import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.admin.product.ProductRef;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.ShippingAddress;
import com.annavaram.model.order.StatusChange;

/**
 * Orders to the panel's shapes. The {@code items} alias is not shown (the panel reads {@code products}); lookups of
 * products, admins and the customer come in as context.
 */
@Mapper(config = MapStructConfig.class)
interface OrderMapper {

    @Mapping(target = "userId", source = "userId", defaultValue = "")
    @Mapping(target = "products", source = "products")
    OrderViews.Row toRow(Order order);

    OrderViews.LineRow toLineRow(OrderLine line);

    OrderViews.Address toAddress(ShippingAddress address);

    @Mapping(target = "id", source = "order.id")
    @Mapping(target = "userId", source = "order.userId", defaultValue = "")
    @Mapping(target = "customer", source = "customer")
    @Mapping(target = "allowedNext", source = "allowedNext")
    OrderViews.Detail toDetail(Order order, OrderViews.CustomerRef customer, List<String> allowedNext,
            @Context Lookups lookups);

    @Mapping(target = "productId", expression = "java(lookups.products().get(line.getProductId()))")
    OrderViews.LineDetail toLineDetail(OrderLine line, @Context Lookups lookups);

    @Mapping(target = "updatedBy", expression = "java(lookups.admins().get(change.getUpdatedBy()))")
    OrderViews.StatusChange toStatusChange(StatusChange change, @Context Lookups lookups);

    /** What a detail populates: products by id, admins by id. */
    record Lookups(Map<ObjectId, ProductRef> products, Map<ObjectId, OrderViews.AdminRef> admins) {
    }
}
