struct Node {
    value: i32,
    next: Option<u8>,
}

fn second_value(nodes: [Node; 3], start: u8) -> Option<i32> {
    let first = &nodes[start as usize];
    let idx = first.next?;
    let second = &nodes[idx as usize];
    Some(second.value)
}

fn add_opts(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    Some(a? + b?)
}

fn main() {
    let make = || [
        Node { value: 10, next: Some(2) },
        Node { value: 20, next: None },
        Node { value: 30, next: Some(1) },
    ];
    println!("{:?}", second_value(make(), 0));
    println!("{:?}", second_value(make(), 1));
    println!("{:?}", second_value(make(), 2));
    println!("{:?} {:?}", add_opts(Some(1), Some(2)), add_opts(None, Some(2)));
}
