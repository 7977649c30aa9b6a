fn total(xs: Option<&[i32]>) -> i32 {
    xs.map_or(0, |s| s.iter().sum())
}

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let some: Option<Vec<i32>> = Some(vec![1, 2, 3]);
    let none: Option<Vec<i32>> = None;
    println!("{} {}", total(some.as_deref()), total(none.as_deref()));
    println!("{:?} {:?}", some.as_deref(), none.as_deref());
    let name: Option<String> = Some("ann".to_string());
    println!("{:?}", name.as_deref().unwrap_or("anon"));
    let list = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let second: Option<&Node> = list.next.as_deref();
    println!("{:?}", second.map(|n| n.val));
    println!("{}", second.and_then(|n| n.next.as_deref()).is_none());
    let mut grid: Option<Vec<u8>> = Some(vec![3, 1, 2]);
    if let Some(cells) = grid.as_deref_mut() {
        cells.sort();
        cells[0] = 9;
    }
    println!("{:?}", grid);
    let mut b: Option<Box<i32>> = Some(Box::new(41));
    if let Some(x) = b.as_deref_mut() {
        *x += 1;
    }
    println!("{:?} {:?}", b, b.as_deref());
    match some.as_deref() {
        Some([first, ..]) => println!("first {}", first),
        _ => println!("empty"),
    }
}
