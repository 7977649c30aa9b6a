fn main() {
    let extra: Option<i32> = Some(4);
    let none: Option<i32> = None;
    let all: Vec<i32> = vec![1, 2, 3].into_iter().chain(extra.into_iter()).collect();
    println!("{:?}", all);
    let count = none.into_iter().count();
    println!("none yields {}", count);
    let names = vec![Some("ann"), None, Some("bob")];
    let mut found = Vec::new();
    for n in names {
        for name in n.into_iter() {
            found.push(name);
        }
    }
    println!("{:?}", found);
    let total: i32 = Some(10).into_iter().chain(Some(5).into_iter()).sum();
    println!("total {}", total);
}
