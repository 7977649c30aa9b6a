use std::sync::Arc;

fn main() {
    let a = Arc::new(String::from("shared"));
    let b = Arc::clone(&a);
    println!("{} {}", a, Arc::strong_count(&a));
    {
        let c = a.clone();
        println!("{} has {} owners", c, Arc::strong_count(&b));
    }
    drop(b);
    println!("len {} owners {}", a.len(), Arc::strong_count(&a));
}
