#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut cart = Vec::new();
    cart.push(Item { name: String::from("pen"), qty: 2 });
    cart.push(Item { name: String::from("pad"), qty: 1 });
    cart[1].qty += 3;
    println!("{:#?}", cart);
    let total: u32 = {
        let mut t = 0;
        for item in &cart {
            t += item.qty;
        }
        t
    };
    println!("{}", total);
}
