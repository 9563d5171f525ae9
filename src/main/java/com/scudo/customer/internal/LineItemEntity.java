package com.scudo.customer.internal;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

import java.math.BigDecimal;

/** One line of an order, stored inside the order item. */
@DynamoDbBean
public class LineItemEntity {
    private String sku;
    private String name;
    private String category;
    private Integer quantity;
    private BigDecimal unitPrice;

    @DynamoDbAttribute("sku")
    public String getSku() { return sku; }
    public void setSku(String v) { sku = v; }

    @DynamoDbAttribute("name")
    public String getName() { return name; }
    public void setName(String v) { name = v; }

    @DynamoDbAttribute("category")
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }

    @DynamoDbAttribute("quantity")
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer v) { quantity = v; }

    @DynamoDbAttribute("unit_price")
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal v) { unitPrice = v; }
}
