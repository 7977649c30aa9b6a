#[derive(Debug, PartialEq)]
enum Chain {
    Link(u32),
    End,
}

fn main() {
    let a = vec![Chain::Link(1), Chain::End];
    let joined: Vec<u32> = [1, 2].iter().chain([3].iter()).map(|x| x * 10).collect();
    let links = a.iter().filter(|c| **c != Chain::End).count();
    println!("{:?} {} {:?}", joined, links, a);
}
