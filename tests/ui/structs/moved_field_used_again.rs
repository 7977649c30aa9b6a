//@ mode: check
// Using the moved field itself: rustc names the field (`order.dish`).
struct Dish {
    price: u32,
}

struct Order {
    dish: Dish,
    table: u8,
}

fn serve(d: Dish) -> u32 {
    d.price
}

fn main() {
    let order = Order { dish: Dish { price: 12 }, table: 4 };
    println!("{}", serve(order.dish));
    println!("{}", order.dish.price);
}
