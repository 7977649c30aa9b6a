fn first_even(v: [i32; 5]) -> Option<i32> {
    for x in v {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn main() {
    match first_even([1, 4, 5, 6, 9]) {
        Some(n) => println!("first even: {n}"),
        None => println!("no even number"),
    }
    match first_even([1, 3, 5, 7, 9]) {
        Some(n) => println!("first even: {n}"),
        None => println!("no even number"),
    }
    println!("{:?} {:?}", first_even([2, 0, 0, 0, 0]), first_even([1; 5]));
}
