package com.annavaram.user.order;

import java.util.List;

import org.bson.types.ObjectId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.StatusChange;
import com.annavaram.user.config.MapStructConfig;

/** Orders in the storefront's words; the lines are passed in (legacy orders keep theirs in order_items). */
@Mapper(config = MapStructConfig.class)
public interface OrderMapper {

    @Mapping(target = "id", source = "order.id")
    @Mapping(target = "mongoId", source = "order.id")
    @Mapping(target = "status", expression = "java(OrderWords.storefront(order.getStatus()))")
    @Mapping(target = "fulfillmentStatus", expression = "java(OrderWords.stored(order.getStatus()))")
    @Mapping(target = "currency", expression = "java(OrderWords.currency(order.getCurrency()))")
    @Mapping(target = "items", source = "lines")
    @Mapping(target = "cancellable", expression = "java(OrderWords.cancellable(order.getStatus()))")
    OrderView toView(Order order, List<OrderLine> lines);

    @Mapping(target = "product", source = "productId")
    @Mapping(target = "name", source = "productName")
    @Mapping(target = "price", source = "unitPrice")
    OrderView.Line toLine(OrderLine line);

    @Mapping(target = "status", expression = "java(OrderWords.storefront(change.getStatus()))")
    @Mapping(target = "fulfillmentStatus", expression = "java(OrderWords.stored(change.getStatus()))")
    OrderView.Change toChange(StatusChange change);

    default String id(ObjectId id) {
        return id == null ? null : id.toHexString();
    }

    default int quantity(Integer quantity) {
        return quantity == null ? 0 : quantity;
    }
}
