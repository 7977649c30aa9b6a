#[derive(Debug)]
struct Counter {
    hits: u32,
}

fn main() {
    let mut c = Some(Counter { hits: 0 });
    if let Some(inner) = c.as_mut() {
        inner.hits += 2;
    }
    match c.as_ref() {
        Some(inner) => println!("hits: {}", inner.hits),
        None => println!("none"),
    }
    println!("{:?}", c);
    let none: Option<Counter> = None;
    println!("{}", none.as_ref().is_none());
}
