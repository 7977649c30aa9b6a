use std::cmp::Ordering;

fn order_name(o: Ordering) -> &'static str {
    if o.is_lt() {
        "before"
    } else if o.is_gt() {
        "after"
    } else {
        "same"
    }
}

fn main() {
    let words = ["cat", "dog", "cat"];
    for w in words {
        println!("{w}: {}", order_name(w.cmp("cat")));
    }
}
