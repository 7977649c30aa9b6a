fn main() {
    let path = "usr/local/bin/tool";
    println!("{:?}", path.rsplit('/').collect::<Vec<_>>());
    println!("{:?}", path.splitn(2, '/').collect::<Vec<_>>());
    println!("{:?}", path.rsplitn(2, "/").collect::<Vec<_>>());
    println!("{:?}", "a;b;".split_terminator(';').collect::<Vec<_>>());
    println!("{:?}", "one\ntwo\nthree".split_inclusive('\n').collect::<Vec<_>>());
    println!("{}", "banana".matches("an").count());
    println!("{:?}", "key=val=x".rsplit_once('='));
    println!("{:?}", "key".rsplit_once("="));
    let mut parts = "x-y-z".rsplit('-');
    println!("{:?} {:?}", parts.next(), parts.next());
}
